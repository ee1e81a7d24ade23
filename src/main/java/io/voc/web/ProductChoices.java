package io.voc.web;

import io.voc.feedback.application.ListProducts;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.DependencyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** The products a page's filter form offers: the caller's; none while the catalog is away (the page still works). */
@ApplicationScoped
class ProductChoices {
    private static final Logger LOG = Logger.getLogger(ProductChoices.class);

    private final ListProducts listProducts;

    ProductChoices(ListProducts listProducts) {
        this.listProducts = listProducts;
    }

    List<String> visibleTo(ProductScope scope) {
        try {
            return listProducts.list(scope).stream().map(ProductKey::value).toList();
        } catch (DependencyUnavailableException e) {
            LOG.warnf("Product list unavailable: %s", e.getMessage());
            return List.of();
        }
    }
}
