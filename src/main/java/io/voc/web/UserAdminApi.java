package io.voc.web;

import io.voc.account.application.ReadAuditLog;
import io.voc.account.application.ManageUsers;
import io.voc.account.application.UserView;
import io.voc.account.model.Role;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Users, their roles and products, for admins; and the audit log. */
@Path("/api/v1/admin")
@RolesAllowed(Access.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserAdminApi {
    private final ManageUsers users;
    private final ReadAuditLog audit;
    private final CurrentCaller caller;

    UserAdminApi(ManageUsers users, ReadAuditLog audit, CurrentCaller caller) {
        this.users = users;
        this.audit = audit;
        this.caller = caller;
    }

    /** {@code allProducts: true}, or the list in {@code products}. */
    public record NewUser(String username, String displayName, String role, Boolean allProducts,
            List<String> products, String password) {
    }

    public record RoleChange(String role) {
    }

    public record ProductsChange(Boolean allProducts, List<String> products) {
    }

    public record PasswordChange(String password) {
    }

    public record Users(List<UserView> items) {
    }

    @GET
    @Path("/users")
    public Users list() {
        return new Users(users.list(caller.get()));
    }

    @POST
    @Path("/users")
    @Operation(summary = "Create a user", description = "Passwords: at least 12 characters, at most 72 bytes.")
    public Response create(NewUser body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with username, role, products and password is required");
        }
        UserView created = users.create(caller.get(), body.username(), body.displayName(), role(body.role()),
                products(body.allProducts(), body.products()), body.password());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/users/{username}")
    public UserView get(@PathParam("username") String username) {
        return users.get(caller.get(), username);
    }

    @PUT
    @Path("/users/{username}/role")
    public UserView changeRole(@PathParam("username") String username, RoleChange body) {
        return users.changeRole(caller.get(), username, role(body == null ? null : body.role()));
    }

    @PUT
    @Path("/users/{username}/products")
    public UserView grant(@PathParam("username") String username, ProductsChange body) {
        if (body == null) {
            throw new InvalidInputException("products", "give allProducts: true or a list of products");
        }
        return users.grant(caller.get(), username, products(body.allProducts(), body.products()));
    }

    @POST
    @Path("/users/{username}/disable")
    @Consumes(MediaType.WILDCARD)
    public UserView disable(@PathParam("username") String username) {
        return users.disable(caller.get(), username);
    }

    @POST
    @Path("/users/{username}/enable")
    @Consumes(MediaType.WILDCARD)
    public UserView enable(@PathParam("username") String username) {
        return users.enable(caller.get(), username);
    }

    @PUT
    @Path("/users/{username}/password")
    public UserView setPassword(@PathParam("username") String username, PasswordChange body) {
        return users.setPassword(caller.get(), username, body == null ? null : body.password());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit log", description = "Newest first; pass nextBefore as before for the next page.")
    public ReadAuditLog.Page audit(@QueryParam("limit") Integer limit, @QueryParam("before") Long before) {
        return audit.read(caller.get(), limit == null ? 50 : limit, before);
    }

    static Role role(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("role", "role is required: viewer, analyst or admin");
        }
        try {
            return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "role is viewer, analyst or admin (got '" + value + "')");
        }
    }

    static ProductScope products(Boolean all, List<String> products) {
        if (Boolean.TRUE.equals(all)) {
            if (products != null && !products.isEmpty()) {
                throw new InvalidInputException("products", "give allProducts: true or a list of products, not both");
            }
            return ProductScope.allProducts();
        }
        if (products == null) {
            throw new InvalidInputException("products", "give allProducts: true or a list of products");
        }
        try {
            return ProductScope.only(products.stream().map(ProductKey::new).collect(Collectors.toSet()));
        } catch (InvalidFeedbackException e) {
            throw new InvalidInputException("products", e.getMessage());
        }
    }
}
