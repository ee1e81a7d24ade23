package io.voc.web;

import io.quarkus.security.Authenticated;
import io.voc.account.application.Caller;
import io.voc.account.application.ManageTokens;
import io.voc.account.application.ManageUsers;
import io.voc.account.model.Scope;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.CurrentCaller;
import io.voc.web.security.VocAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone's own page: who they are to VOC, their API tokens (create, revoke) and their password. A new
 * token's secret is in the answer to the form that created it, once, and that answer is not cached:
 * no redirect carries it in a URL, and reloading the page afterwards does not show it.
 */
@Authenticated
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {
    private static final Map<String, String> NOTICES = Map.of(
            "revoked", "Token revoked: it is refused from now on.",
            "password", "Password changed. Your other sessions were signed out; this one goes on.");

    private final Pages pages;
    private final ManageTokens tokens;
    private final ManageUsers users;
    private final CurrentCaller caller;

    AccountPage(Pages pages, ManageTokens tokens, ManageUsers users, CurrentCaller caller) {
        this.pages = pages;
        this.tokens = tokens;
        this.users = users;
        this.caller = caller;
    }

    @GET
    public String show(@QueryParam("done") String done) {
        return render(PageForms.notice(NOTICES, done), null, null, null);
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@FormParam("name") String name, @FormParam("scopes") List<String> scopes,
            @FormParam("expiresInDays") String expiresInDays) {
        return PageForms.answer(() -> {
            Integer days = PageForms.optionalNumber(expiresInDays, Integer::valueOf, "expiresInDays",
                    "the expiry is a whole number of days, or empty for none");
            ManageTokens.Issued issued = tokens.issue(caller.get(), new ManageTokens.Request(null, name,
                    TokenApi.scopes(scopes), null, TokenApi.expiry(null, days)));
            return Response.status(Response.Status.CREATED).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store")
                    .entity(render(null, null, null, issued)).build();
        }, problem -> render(null, problem, name, null));
    }

    @POST
    @Path("/tokens/{id}/revoke")
    public Response revokeToken(@PathParam("id") String id) {
        return PageForms.redirectAfter(() -> tokens.revoke(caller.get(), TokenApi.uuid(id)), "/account?done=revoked",
                problem -> render(null, problem, null, null));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("currentPassword") String current,
            @FormParam("newPassword") String password, @FormParam("repeatPassword") String repeated,
            @CookieParam(VocAuthenticationMechanism.SESSION_COOKIE) String session) {
        return PageForms.redirectAfter(() -> {
            if (password == null || !password.equals(repeated)) {
                throw new InvalidInputException("repeatPassword", "the new password and its repetition differ");
            }
            users.changeOwnPassword(caller.get(), current, password, session);
        }, "/account?done=password", problem -> render(null, problem, null, null));
    }

    /** {@code issued}: a token just created, whose secret this page shows; {@code tokenName}: the form's. */
    private String render(String notice, String problem, String tokenName, ManageTokens.Issued issued) {
        Caller me = caller.get();
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("problem", problem);
        model.put("tokenName", tokenName == null ? "" : tokenName);
        model.put("issued", issued);
        model.put("account", AccountApi.Me.of(me));
        model.put("tokens", tokens.list(me, false));
        model.put("grantable", me.role().scopes().stream().sorted().map(Scope::id).toList());
        return pages.render("account", model);
    }
}
