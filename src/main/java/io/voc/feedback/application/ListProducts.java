package io.voc.feedback.application;

import io.voc.feedback.model.ProductKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Use case: the products a user can pick in filters, in name order. */
@ApplicationScoped
public class ListProducts {
    private final ProductCatalog catalog;

    ListProducts(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ProductKey> list() {
        return catalog.list();
    }
}
