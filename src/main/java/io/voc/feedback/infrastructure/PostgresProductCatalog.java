package io.voc.feedback.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.voc.feedback.application.CatalogUnavailableException;
import io.voc.feedback.application.ProductCatalog;
import io.voc.feedback.model.ProductKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The product catalog in PostgreSQL through Hibernate Reactive. Callers are blocking threads (the
 * indexer loop, page rendering), so each call runs on a Vert.x context and waits for the result.
 */
@ApplicationScoped
class PostgresProductCatalog implements ProductCatalog {
    private static final String UPSERT = """
            insert into product (key, first_seen_at, last_seen_at) values (:key, :at, :at)
            on conflict (key) do update set last_seen_at = greatest(product.last_seen_at, excluded.last_seen_at)
            """;

    @Override
    public void recordSeen(Collection<ProductKey> products, Instant at) {
        await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> Multi.createFrom()
                .iterable(List.copyOf(products))
                .onItem().transformToUniAndConcatenate(product -> session.createNativeQuery(UPSERT)
                        .setParameter("key", product.value())
                        .setParameter("at", at)
                        .executeUpdate())
                .collect().last())));
    }

    @Override
    public List<ProductKey> list() {
        List<ProductRow> rows = await(() -> Panache.withSession(() -> ProductRow.listAll(Sort.by("key"))));
        return rows.stream().map(row -> new ProductKey(row.key)).toList();
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new CatalogUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
