package io.voc.feedback.application;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Use case: the products a caller can pick in filters, in name order. */
@ApplicationScoped
public class ListProducts {
    private final ProductCatalog catalog;

    ListProducts(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    /** The products within {@code scope}: a user never learns the names of products they may not see. */
    public List<ProductKey> list(ProductScope scope) {
        return catalog.list().stream().filter(scope::covers).toList();
    }
}
