package io.voc.web;

import io.voc.account.application.ManageUsers;
import io.voc.account.application.UserView;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The admin page of people: everyone with role, products and state, and a form for a new user. */
@RolesAllowed(Access.ADMIN)
@Path("/admin/users")
public class UsersPage {
    static final List<String> ROLES = Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();

    private final Pages pages;
    private final ManageUsers users;
    private final CurrentCaller caller;

    UsersPage(Pages pages, ManageUsers users, CurrentCaller caller) {
        this.pages = pages;
        this.users = users;
        this.caller = caller;
    }

    /** What the new-user form holds, to show it again after a refusal; never the password. */
    public record NewUserForm(String username, String displayName, String role, boolean allProducts,
            String products) {
        static final NewUserForm EMPTY = new NewUserForm("", "", "viewer", false, "");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("created") String created) {
        return render(NewUserForm.EMPTY, created == null ? null : "Created " + created + ". They can sign in now.",
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("role") String role, @FormParam("allProducts") String allProducts,
            @FormParam("products") String products, @FormParam("password") String password) {
        NewUserForm form = new NewUserForm(username, displayName, role, allProducts != null, products);
        return PageForms.answer(() -> {
            UserView created = users.create(caller.get(), username, displayName, UserAdminApi.role(role),
                    products(allProducts, products), password);
            return Response.seeOther(URI.create("/admin/users?created="
                    + URLEncoder.encode(created.username(), StandardCharsets.UTF_8))).build();
        }, problem -> render(form, null, problem));
    }

    /** A products form: the "all products" checkbox wins; otherwise the comma-separated list (empty: none). */
    static ProductScope products(String allProducts, String list) {
        return allProducts != null ? UserAdminApi.products(true, null)
                : UserAdminApi.products(false, PageForms.commaSeparated(list));
    }

    private String render(NewUserForm form, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("users", users.list(caller.get()));
        model.put("form", form);
        model.put("roles", ROLES);
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("users", model);
    }
}
