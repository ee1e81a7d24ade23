package io.voc.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.voc.account.model.Role;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.ManageSavedQueries;
import io.voc.query.application.RunOptions;
import io.voc.query.application.RunSavedQuery;
import io.voc.query.model.QueryPage;
import io.voc.query.application.QueryEdit;
import io.voc.query.application.SavedQueryList;
import io.voc.query.application.SavedQueryVersionView;
import io.voc.query.application.SavedQueryView;
import io.voc.query.model.Visibility;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Saved queries (docs/saved-queries.md): create, list, read, edit with the version read (a stale one is a
 * 409), share, history, delete. Reading takes the read scope (a query shared with viewers is theirs to read);
 * everything that changes a query takes the query scope.
 */
@Path("/api/v1/queries")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class SavedQueryApi {
    private final ManageSavedQueries queries;
    private final RunSavedQuery runSavedQuery;
    private final CurrentCaller caller;

    SavedQueryApi(ManageSavedQueries queries, RunSavedQuery runSavedQuery, CurrentCaller caller) {
        this.queries = queries;
        this.runSavedQuery = runSavedQuery;
        this.caller = caller;
    }

    /** @param parameters values for the definition's {{name}} placeholders */
    public record RunBody(Map<String, String> parameters, Integer page, Integer size, Integer timeoutSeconds,
            String runId) {
    }

    /** @param sharing who else sees it; left out: private */
    public record NewQuery(String name, String description, JsonNode definition, SharingJson sharing) {
    }

    /** @param version the version the change was made on, as read: the edit is refused (409) if it is stale */
    public record QueryChanges(Integer version, String name, String description, JsonNode definition) {
    }

    /** Roles (viewer, analyst, admin) and usernames; both empty: private. */
    public record SharingJson(List<String> roles, List<String> users) {
        Visibility toVisibility() {
            List<Role> parsed = new ArrayList<>();
            for (String role : roles == null ? List.<String>of() : roles) {
                parsed.add(role(role));
            }
            return Visibility.of(parsed, users);
        }
    }

    public record History(List<SavedQueryVersionView> items) {
    }

    @POST
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a query", description = "Needs the query scope. name: 1-100 characters, distinct "
            + "among yours; description: up to 2,000; definition: the query (a JSON object); sharing: roles and "
            + "users who may also read and run it (left out: private).")
    public Response create(NewQuery body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with name and definition is required");
        }
        SavedQueryView created = queries.create(caller.get(), body.name(), body.description(), body.definition(),
                body.sharing() == null ? Visibility.PRIVATE : body.sharing().toVisibility());
        return Response.created(URI.create("/api/v1/queries/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List saved queries", description = "Yours and those shared with you (by name or "
            + "role), most recently changed first, 50 a page; all=true: every query (admins).")
    public SavedQueryList list(@QueryParam("page") String page, @QueryParam("all") boolean all) {
        return queries.list(caller.get(), page(page), all);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A saved query", description = "404 when there is none or it is not shared with you.")
    public SavedQueryView get(@PathParam("id") String id) {
        return queries.get(caller.get(), queryId(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a saved query", description = "version: the one you read (required); any of "
            + "name, description (empty clears it), definition. A real change makes a new version; a stale "
            + "version is refused with 409 changed_meanwhile. For the owner and admins.")
    public SavedQueryView edit(@PathParam("id") String id, QueryChanges body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "version is required: the version of the query you edited");
        }
        return queries.edit(caller.get(), queryId(id), body.version(),
                new QueryEdit(body.name(), body.description(), body.definition()));
    }

    @PUT
    @Path("/{id}/sharing")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share a saved query", description = "{\"roles\": [...], \"users\": [...]} replaces who "
            + "else may read and run it; both empty makes it private. Users must exist. For the owner and admins.")
    public SavedQueryView share(@PathParam("id") String id, SharingJson body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with roles and users is required");
        }
        return queries.share(caller.get(), queryId(id), body.toVisibility());
    }

    @POST
    @Path("/{id}/run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a saved query", description = "Body {parameters, page, size, timeoutSeconds, runId} "
            + "(all optional; the last two for HiveQL). Anyone who may read the query may run it; it runs over the "
            + "runner's products. Answers as POST /api/v1/queries/run: {rows, ...}, {buckets, ...} or {columns, "
            + "rows, ...}.")
    public Object run(@PathParam("id") String id, RunBody body) {
        RunBody run = body == null ? new RunBody(null, null, null, null, null) : body;
        return QueryApi.answer(runSavedQuery.run(caller.get(), queryId(id), run.parameters(),
                QueryPage.of(run.page(), run.size()), RunOptions.of(run.timeoutSeconds(), run.runId())));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A saved query's versions", description = "Newest first: who changed what, when, and "
            + "the query as of each version.")
    public History history(@PathParam("id") String id) {
        return new History(queries.history(caller.get(), queryId(id)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Access.QUERY)
    @Operation(summary = "Delete a saved query", description = "With its history. For the owner and admins.")
    public Response delete(@PathParam("id") String id) {
        queries.delete(caller.get(), queryId(id));
        return Response.noContent().build();
    }

    static UUID queryId(String id) {
        return PathIds.uuid(id, "saved query");
    }

    static Role role(String value) {
        if (value != null) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(value.strip())) {
                    return role;
                }
            }
        }
        throw new InvalidInputException("roles", "unknown role '" + value + "'; one of viewer, analyst, admin");
    }

    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "page must be a whole number from 1 (got " + page + ")");
        }
    }
}
