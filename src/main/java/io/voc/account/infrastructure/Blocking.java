package io.voc.account.infrastructure;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.AccountsUnavailableException;
import java.util.function.Supplier;

/**
 * The account stores serve blocking callers (setup steps, REST resources, authentication on a worker
 * thread): each call runs its Hibernate Reactive work on a Vert.x context and waits for it.
 */
final class Blocking {
    private Blocking() {
    }

    static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("io.voc.")) {
                throw e; // a rule of ours refused the change inside the transaction (e.g. the last admin)
            }
            throw new AccountsUnavailableException("PostgreSQL: " + e.getMessage(), e);
        } catch (Throwable e) {
            throw new AccountsUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
