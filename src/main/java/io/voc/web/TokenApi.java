package io.voc.web;

import io.quarkus.security.Authenticated;
import io.voc.account.application.ManageTokens;
import io.voc.account.application.TokenView;
import io.voc.account.model.Scope;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.CurrentCaller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** API tokens: create (the secret is in this answer only), list, revoke. */
@Path("/api/v1/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TokenApi {
    private final ManageTokens tokens;
    private final CurrentCaller caller;

    TokenApi(ManageTokens tokens, CurrentCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    /**
     * @param products null: every product the owner may see (also ones granted later)
     * @param expiresInDays alternative to expiresAt
     * @param owner a username; only admins name someone else
     */
    public record NewToken(String name, List<String> scopes, List<String> products, String expiresAt,
            Integer expiresInDays, String owner) {
    }

    public record Created(String token, TokenView details) {
    }

    public record Tokens(List<TokenView> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token",
            description = "The answer holds the token; it is shown this once and stored only as a hash. Use it as "
                    + "'Authorization: Bearer <token>'. Scopes: read, query, ingest, admin - never more than the "
                    + "owner's role allows. Tokens cannot create tokens: sign in with a password.")
    public Response create(NewToken body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with name and scopes is required");
        }
        ManageTokens.Issued issued = tokens.issue(caller.get(), new ManageTokens.Request(body.owner(), body.name(),
                scopes(body.scopes()), products(body.products()), expiry(body.expiresAt(), body.expiresInDays())));
        return Response.status(Response.Status.CREATED).entity(new Created(issued.secret(), issued.token())).build();
    }

    @GET
    @Operation(summary = "List tokens", description = "Your tokens; all=true lists everyone's (admins only).")
    public Tokens list(@QueryParam("all") boolean all) {
        return new Tokens(tokens.list(caller.get(), all));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token", description = "Refused from the next request on, on every instance.")
    public TokenView revoke(@PathParam("id") String id) {
        return tokens.revoke(caller.get(), uuid(id));
    }

    static Set<Scope> scopes(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException("scopes", "scopes is required: one or more of read, query, ingest, admin");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        values.forEach(v -> scopes.add(Scope.parse("scopes", v)));
        return scopes;
    }

    private static ProductScope products(List<String> values) {
        if (values == null) {
            return null;
        }
        try {
            return ProductScope.only(values.stream().map(ProductKey::new).collect(Collectors.toSet()));
        } catch (InvalidFeedbackException e) {
            throw new InvalidInputException("products", e.getMessage());
        }
    }

    static Instant expiry(String expiresAt, Integer expiresInDays) {
        if (expiresAt != null && expiresInDays != null) {
            throw new InvalidInputException("expiresAt", "give expiresAt or expiresInDays, not both");
        }
        if (expiresInDays != null) {
            if (expiresInDays < 1 || expiresInDays > 3650) {
                throw new InvalidInputException("expiresInDays", "expiresInDays must be between 1 and 3650");
            }
            return Instant.now().plus(Duration.ofDays(expiresInDays));
        }
        if (expiresAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(expiresAt).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "expiresAt must be a date-time with offset, e.g. 2027-01-31T00:00:00Z");
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "token");
    }
}
