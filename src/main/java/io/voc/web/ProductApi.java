package io.voc.web;

import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import io.voc.feedback.application.ListProducts;
import io.voc.feedback.model.ProductKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The products feedback has been received for. */
@RolesAllowed(Access.READ)
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductApi {
    private final ListProducts listProducts;
    private final CurrentCaller caller;

    ProductApi(ListProducts listProducts, CurrentCaller caller) {
        this.caller = caller;
        this.listProducts = listProducts;
    }

    public record Products(List<String> items) {
    }

    @GET
    public Products list() {
        return new Products(listProducts.list(caller.products()).stream().map(ProductKey::value).toList());
    }
}
