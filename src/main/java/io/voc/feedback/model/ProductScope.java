package io.voc.feedback.model;

import java.util.Set;
import java.util.stream.Collectors;

/** The products someone may see (a user's grant, a token's products): all of them, or a fixed set. */
public final class ProductScope {
    private static final ProductScope ALL = new ProductScope(true, Set.of());

    private final boolean all;
    private final Set<ProductKey> products;

    private ProductScope(boolean all, Set<ProductKey> products) {
        this.all = all;
        this.products = products;
    }

    /** Every product, including those that appear later. */
    public static ProductScope allProducts() {
        return ALL;
    }

    /** Just these products; an empty set grants none. */
    public static ProductScope only(Set<ProductKey> products) {
        if (products == null) {
            throw new IllegalArgumentException("products must not be null");
        }
        return new ProductScope(false, Set.copyOf(products));
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

    /** The products in both scopes (a token's products within its owner's grant). */
    public ProductScope intersect(ProductScope other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        Set<ProductKey> both = new java.util.HashSet<>(products);
        both.retainAll(other.products);
        return only(both);
    }

    /** Whether every product of {@code other} is in this scope. */
    public boolean includes(ProductScope other) {
        return all || !other.all && products.containsAll(other.products);
    }

    /** Refuses a product outside this scope. */
    public void require(ProductKey product) {
        if (!covers(product)) {
            throw new ProductNotGrantedException(product);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductScope other && all == other.all && products.equals(other.products);
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
