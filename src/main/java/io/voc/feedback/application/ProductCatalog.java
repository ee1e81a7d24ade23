package io.voc.feedback.application;

import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The products the platform has received feedback for (PostgreSQL). */
public interface ProductCatalog {

    /** Records that feedback for these products arrived; idempotent. */
    void recordSeen(Collection<ProductKey> products, Instant at);

    List<ProductKey> list();
}
