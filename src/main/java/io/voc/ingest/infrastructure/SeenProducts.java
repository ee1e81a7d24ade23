package io.voc.ingest.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.voc.feedback.application.ProductCatalog;
import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.ProductKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tells the product catalog which products indexed feedback was about. The catalog is a convenience
 * for filters: it is updated beside the indexer, never in its way, and products wait here until an
 * update succeeds, so none is forgotten while PostgreSQL is away.
 */
@ApplicationScoped
class SeenProducts {
    private static final Logger LOG = Logger.getLogger(SeenProducts.class);

    private final ProductCatalog catalog;
    private final Set<ProductKey> unrecorded = ConcurrentHashMap.newKeySet();
    /** One update at a time and at most one waiting: the waiting one takes every product added meanwhile. */
    private final ExecutorService updates = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "voc-catalog-updates");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    SeenProducts(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    void record(Collection<Feedback> indexed) {
        indexed.forEach(f -> unrecorded.add(f.product()));
        updates.execute(this::flush);
    }

    private void flush() {
        Set<ProductKey> products = new HashSet<>(unrecorded);
        if (products.isEmpty()) {
            return;
        }
        unrecorded.removeAll(products);
        try {
            catalog.recordSeen(products, Instant.now());
        } catch (RuntimeException e) {
            unrecorded.addAll(products);
            LOG.warnf("Could not record products %s in the catalog, will retry: %s", products, e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        updates.shutdown();
    }
}
