package io.voc.web;

import io.voc.feedback.application.ListProducts;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.web.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The products a page's filter offers: the caller's own, in name order. Without the product catalog
 * (PostgreSQL away) the list is empty and the page still works; a product typed into the URL still filters.
 */
@ApplicationScoped
class ProductChoices {
    private static final Logger LOG = Logger.getLogger(ProductChoices.class);

    private final ListProducts listProducts;
    private final CurrentCaller caller;

    ProductChoices(ListProducts listProducts, CurrentCaller caller) {
        this.listProducts = listProducts;
        this.caller = caller;
    }

    List<String> forCaller() {
        try {
            return listProducts.list(caller.products()).stream().map(ProductKey::value).toList();
        } catch (DependencyUnavailableException e) {
            LOG.warnf("Product list unavailable: %s", e.getMessage());
            return List.of();
        }
    }
}
