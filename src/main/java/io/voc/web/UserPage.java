package io.voc.web;

import io.voc.account.application.ManageUsers;
import io.voc.account.application.UserNotFoundException;
import io.voc.account.application.UserView;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin page of one person: role, products, disable or enable, a new password. Each form posts to
 * its own path and comes back with a notice; the last-admin rule and bad input show on the page.
 */
@RolesAllowed(Access.ADMIN)
@Path("/admin/users/{username}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class UserPage {
    private static final Map<String, String> NOTICES = Map.of(
            "role", "Role changed. It counts from their next request.",
            "products", "Products changed. They count from their next request.",
            "disabled", "Disabled: they cannot sign in, and their sessions and tokens stop working.",
            "enabled", "Enabled: they can sign in again.",
            "password", "New password set. Tell them through a channel you trust.");

    private final Pages pages;
    private final ManageUsers users;
    private final CurrentCaller caller;

    UserPage(Pages pages, ManageUsers users, CurrentCaller caller) {
        this.pages = pages;
        this.users = users;
        this.caller = caller;
    }

    @GET
    @Consumes(MediaType.WILDCARD)
    public Response show(@PathParam("username") String username, @QueryParam("done") String done) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK,
                render(users.get(caller.get(), username), PageForms.notice(NOTICES, done), null)),
                problem -> render(null, null, problem));
    }

    @POST
    @Path("/role")
    public Response changeRole(@PathParam("username") String username, @FormParam("role") String role) {
        return change(username, "role", () -> users.changeRole(caller.get(), username, UserAdminApi.role(role)));
    }

    @POST
    @Path("/products")
    public Response grant(@PathParam("username") String username, @FormParam("allProducts") String allProducts,
            @FormParam("products") String products) {
        return change(username, "products",
                () -> users.grant(caller.get(), username, UsersPage.products(allProducts, products)));
    }

    @POST
    @Path("/disable")
    public Response disable(@PathParam("username") String username) {
        return change(username, "disabled", () -> users.disable(caller.get(), username));
    }

    @POST
    @Path("/enable")
    public Response enable(@PathParam("username") String username) {
        return change(username, "enabled", () -> users.enable(caller.get(), username));
    }

    @POST
    @Path("/password")
    public Response setPassword(@PathParam("username") String username, @FormParam("password") String password) {
        return change(username, "password", () -> users.setPassword(caller.get(), username, password));
    }

    private Response change(String username, String done, Runnable change) {
        return PageForms.redirectAfter(change,
                "/admin/users/" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "?done=" + done,
                problem -> render(find(username), null, problem));
    }

    private UserView find(String username) {
        try {
            return users.get(caller.get(), username);
        } catch (UserNotFoundException | InvalidInputException e) {
            return null;
        }
    }

    private String render(UserView user, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("roles", UsersPage.ROLES);
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("user", model);
    }
}
