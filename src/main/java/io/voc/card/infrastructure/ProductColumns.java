package io.voc.card.infrastructure;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A product scope in two columns, as in voc_user: {@code all_products}, or the keys in {@code products}. */
final class ProductColumns {
    private ProductColumns() {
    }

    static String[] keys(ProductScope scope) {
        return scope.products().stream().map(ProductKey::value).sorted().toArray(String[]::new);
    }

    static ProductScope scope(boolean all, String[] keys) {
        return all ? ProductScope.allProducts()
                : ProductScope.only(Arrays.stream(keys == null ? new String[0] : keys).map(ProductKey::new)
                        .collect(Collectors.toSet()));
    }
}
