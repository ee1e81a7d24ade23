package io.voc.feedback.model;

/** Someone asked for a product outside their {@link ProductScope}. */
public class ProductNotGrantedException extends RuntimeException {
    public ProductNotGrantedException(ProductKey product) {
        super("You have no access to product '" + product.value() + "'. Ask an admin to grant it.");
    }
}
