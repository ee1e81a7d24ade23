package io.voc.web;

import io.quarkus.security.Authenticated;
import io.voc.account.application.Caller;
import io.voc.account.application.ManageUsers;
import io.voc.account.model.Scope;
import io.voc.feedback.model.ProductKey;
import io.voc.web.security.CurrentCaller;
import io.voc.web.security.VocAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's own account: who they are to VOC, and their password. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {
    private final CurrentCaller caller;
    private final ManageUsers users;

    AccountApi(CurrentCaller caller, ManageUsers users) {
        this.caller = caller;
        this.users = users;
    }

    /** {@code products} null: all products. {@code via}: session, password or token. */
    public record Me(String username, String displayName, String role, List<String> scopes, List<String> products,
            String via) {

        static Me of(Caller c) {
            return new Me(c.username(), c.displayName(), c.role().name().toLowerCase(),
                    c.scopes().stream().map(Scope::id).sorted().toList(),
                    c.products().isAll() ? null
                            : c.products().products().stream().map(ProductKey::value).sorted().toList(),
                    c.via().name().toLowerCase());
        }
    }

    public record NewPassword(String currentPassword, String newPassword) {
    }

    @GET
    public Me me() {
        return Me.of(caller.get());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(NewPassword body,
            @CookieParam(VocAuthenticationMechanism.SESSION_COOKIE) String session) {
        users.changeOwnPassword(caller.get(), body == null ? null : body.currentPassword(),
                body == null ? null : body.newPassword(), session);
        return Response.noContent().build();
    }
}
