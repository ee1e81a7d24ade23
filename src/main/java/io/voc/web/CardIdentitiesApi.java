package io.voc.web;

import io.voc.card.application.ManageCardIdentities;
import io.voc.card.model.CardIdentity;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Admins link chat users to VOC users: a click on a card acts for the VOC user its chat user is linked to. The
 * external id is the chat's own user id (Slack {@code U...}, a Lark app's {@code open_id}, the {@code user} a
 * webhook receiver sends); it goes in the body and the query, not the path, as a receiver's ids may hold any
 * character.
 */
@RolesAllowed(Access.ADMIN)
@Path("/api/v1/cards/identities")
@Produces(MediaType.APPLICATION_JSON)
public class CardIdentitiesApi {
    private final ManageCardIdentities identities;
    private final CurrentCaller caller;

    CardIdentitiesApi(ManageCardIdentities identities, CurrentCaller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    /** {@code provider}: slack, lark or webhook; {@code username}: the VOC user to act as. */
    public record Link(String provider, String externalId, String username) {
    }

    public record Identity(String provider, String externalId, String username, String linkedBy, Instant linkedAt) {
        static Identity of(CardIdentity identity) {
            return new Identity(identity.provider().wireName(), identity.externalId(), identity.username(),
                    identity.linkedBy(), identity.linkedAt());
        }
    }

    public record Identities(List<Identity> items) {
    }

    @GET
    public Identities list() {
        return new Identities(identities.list(caller.get()).stream().map(Identity::of).toList());
    }

    /** Links the chat user (again: a chat user is linked to one VOC user, the last one given). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Identity link(Link link) {
        Link given = link == null ? new Link(null, null, null) : link;
        return Identity.of(identities.link(caller.get(), given.provider(), given.externalId(), given.username()));
    }

    @DELETE
    public Response unlink(@QueryParam("provider") String provider, @QueryParam("externalId") String externalId) {
        identities.unlink(caller.get(), provider, externalId);
        return Response.noContent().build();
    }
}
