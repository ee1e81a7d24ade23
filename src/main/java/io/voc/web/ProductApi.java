package io.voc.web;

import io.voc.feedback.application.ListProducts;
import io.voc.feedback.model.ProductKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The products feedback has been received for. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductApi {
    private final ListProducts listProducts;

    ProductApi(ListProducts listProducts) {
        this.listProducts = listProducts;
    }

    public record Products(List<String> items) {
    }

    @GET
    public Products list() {
        return new Products(listProducts.list().stream().map(ProductKey::value).toList());
    }
}
