package io.voc.platform.persistence;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs Hibernate Reactive work for a blocking caller (a setup step, a REST resource on a worker thread, a
 * scheduled job) on a Vert.x context and waits for it. A PostgreSQL failure becomes the capability's own
 * "unavailable" exception, so each module answers with its own code (accounts_unavailable,
 * cards_unavailable) while sharing one way of waiting.
 */
public final class Blocking {
    private final BiFunction<String, Throwable, ? extends RuntimeException> unavailable;

    private Blocking(BiFunction<String, Throwable, ? extends RuntimeException> unavailable) {
        this.unavailable = Objects.requireNonNull(unavailable, "unavailable");
    }

    /** {@code unavailable}: makes the exception thrown when PostgreSQL fails, from a message and the cause. */
    public static Blocking failingWith(BiFunction<String, Throwable, ? extends RuntimeException> unavailable) {
        return new Blocking(unavailable);
    }

    public <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("io.voc.")) {
                throw e; // a rule of ours refused the change inside the transaction (e.g. the last admin)
            }
            throw unavailable.apply("PostgreSQL: " + e.getMessage(), e);
        } catch (Throwable e) {
            throw unavailable.apply("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
