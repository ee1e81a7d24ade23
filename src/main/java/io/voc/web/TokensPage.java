package io.voc.web;

import io.voc.account.application.ManageTokens;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The admin page of every API token, whoever owns it, with a Revoke button for each active one. */
@RolesAllowed(Access.ADMIN)
@Path("/admin/tokens")
@Produces(MediaType.TEXT_HTML)
public class TokensPage {
    private static final Map<String, String> NOTICES = Map.of("revoked", "Token revoked: it is refused from now on.");

    private final Pages pages;
    private final ManageTokens tokens;
    private final CurrentCaller caller;

    TokensPage(Pages pages, ManageTokens tokens, CurrentCaller caller) {
        this.pages = pages;
        this.tokens = tokens;
        this.caller = caller;
    }

    @GET
    public String list(@QueryParam("done") String done) {
        return render(PageForms.notice(NOTICES, done), null);
    }

    @POST
    @Path("/{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        return PageForms.redirectAfter(() -> tokens.revoke(caller.get(), TokenApi.uuid(id)),
                "/admin/tokens?done=revoked", problem -> render(null, problem));
    }

    private String render(String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("tokens", tokens.list(caller.get(), true));
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("tokens", model);
    }
}
