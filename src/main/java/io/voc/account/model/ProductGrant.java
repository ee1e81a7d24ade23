package io.voc.account.model;

import io.voc.feedback.model.ProductKey;
import java.util.Set;
import java.util.stream.Collectors;

/** The products a user (or later a token) may see: all of them, or a fixed set. */
public final class ProductGrant {
    private static final ProductGrant ALL = new ProductGrant(true, Set.of());

    private final boolean all;
    private final Set<ProductKey> products;

    private ProductGrant(boolean all, Set<ProductKey> products) {
        this.all = all;
        this.products = products;
    }

    /** Every product, including those that appear later. */
    public static ProductGrant allProducts() {
        return ALL;
    }

    /** Just these products; an empty set grants none. */
    public static ProductGrant only(Set<ProductKey> products) {
        if (products == null) {
            throw new IllegalArgumentException("products must not be null");
        }
        return new ProductGrant(false, Set.copyOf(products));
    }

    public boolean isAll() {
        return all;
    }

    /** The granted products; empty when {@link #isAll()}. */
    public Set<ProductKey> products() {
        return products;
    }

    public boolean covers(ProductKey product) {
        return all || products.contains(product);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductGrant other && all == other.all && products.equals(other.products);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + products.hashCode();
    }

    @Override
    public String toString() {
        return all ? "all products"
                : products.stream().map(ProductKey::value).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
