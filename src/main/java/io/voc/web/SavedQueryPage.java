package io.voc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.ChangedMeanwhileException;
import io.voc.query.application.ManageSavedQueries;
import io.voc.account.model.Scope;
import io.voc.query.application.ManageSchedules;
import io.voc.query.application.QueryEdit;
import io.voc.query.application.ReadScheduleRuns;
import io.voc.query.application.RunSavedQuery;
import io.voc.query.application.SavedQueryView;
import io.voc.search.model.ExportRequest;
import io.voc.query.model.Visibility;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Save this view" from the Explorer, and a saved query's page: its definition, who it is shared with, its
 * history, the way back to the Explorer with its filters, and its export (a plain GET form: the download
 * works without script; frontend/src/export-progress.ts adds the progress).
 */
@RolesAllowed(Access.READ)
@Path("/queries")
@Produces(MediaType.TEXT_HTML)
public class SavedQueryPage {
    private static final Map<String, String> NOTICES = Map.of("saved", "Saved. Only you see it until you share it.",
            "scheduled", "Scheduled. It runs from its next slot.",
            "switched-off", "Schedule switched off: it does not run until switched on again.",
            "switched-on", "Schedule switched on: it runs from its next slot (not the ones it missed).",
            "unscheduled", "Schedule deleted, with its runs.",
            "edited", "Saved as a new version (unless nothing changed).",
            "shared", "Sharing saved.");

    private final Pages pages;
    private final ManageSavedQueries queries;
    private final ManageSchedules schedules;
    private final ReadScheduleRuns runs;
    private final RunSavedQuery runSavedQuery;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    SavedQueryPage(Pages pages, ManageSavedQueries queries, ManageSchedules schedules, ReadScheduleRuns runs,
            RunSavedQuery runSavedQuery, CurrentCaller caller, ObjectMapper json) {
        this.pages = pages;
        this.queries = queries;
        this.schedules = schedules;
        this.runs = runs;
        this.runSavedQuery = runSavedQuery;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveView(@BeanParam ExplorerViewForm form) {
        return PageForms.answer(() -> {
            SavedQueryView saved = queries.create(caller.get(), form.name, form.description, form.definition(),
                    Visibility.PRIVATE);
            return Response.seeOther(URI.create("/queries/" + saved.id() + "?done=saved")).build();
        }, problem -> render(null, explorerLink(form), null, problem));
    }

    /** The saved queries the caller may read: theirs and those shared with them, most recently changed first. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("done") String done) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK, renderList(page,
                "deleted".equals(done) ? "Saved query deleted, with its history and schedules." : null, null,
                new HiveQlForm())), problem -> render(null, "/", null, problem));
    }

    /** An analyst's new query written in HiveQL (the Explorer saves the others): private until shared. */
    @POST
    @Path("/hiveql")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHiveQl(@BeanParam HiveQlForm form) {
        return PageForms.answer(() -> {
            SavedQueryView saved = queries.create(caller.get(), form.name, form.description,
                    json.createObjectNode().put("hiveql", form.hiveql == null ? "" : form.hiveql), Visibility.PRIVATE);
            return Response.seeOther(URI.create("/queries/" + saved.id() + "?done=saved")).build();
        }, problem -> renderList(null, null, problem, form));
    }

    /** The fields of the HiveQL form, kept as typed when it is refused. */
    public static class HiveQlForm {
        @FormParam("name")
        public String name;
        @FormParam("description")
        public String description;
        @FormParam("hiveql")
        public String hiveql;
    }

    private String renderList(String page, String notice, String problem, HiveQlForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("problem", problem);
        model.put("list", queries.list(caller.get(), SavedQueryApi.page(page), false));
        model.put("mayQuery", caller.get().may(Scope.QUERY));
        model.put("hiveqlForm", form);
        return pages.render("saved-queries", model);
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        UUID queryId = SavedQueryApi.queryId(id);
        return PageForms.answer(() -> {
            SavedQueryView query = queries.get(caller.get(), queryId);
            return PageForms.html(Response.Status.OK, render(query, explorerLink(query.definition()),
                    PageForms.notice(NOTICES, done), null));
        }, problem -> render(null, "/", null, problem));
    }

    @POST
    @Path("/{id}/schedules")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") String id, @BeanParam NewScheduleForm form) {
        UUID queryId = SavedQueryApi.queryId(id);
        return change(queryId, () -> schedules.create(caller.get(), queryId, form.toNewSchedule()), "scheduled");
    }

    @POST
    @Path("/{id}/schedules/{sid}/{switch: off|on}")
    @RolesAllowed(Access.QUERY)
    public Response switchSchedule(@PathParam("id") String id, @PathParam("sid") String scheduleId,
            @PathParam("switch") String onOrOff) {
        UUID queryId = SavedQueryApi.queryId(id);
        UUID schedule = PathIds.uuid(scheduleId, "schedule");
        boolean on = "on".equals(onOrOff);
        return change(queryId, () -> schedules.switchOn(caller.get(), queryId, schedule, on),
                on ? "switched-on" : "switched-off");
    }

    @POST
    @Path("/{id}/schedules/{sid}/delete")
    @RolesAllowed(Access.QUERY)
    public Response unschedule(@PathParam("id") String id, @PathParam("sid") String scheduleId) {
        UUID queryId = SavedQueryApi.queryId(id);
        UUID schedule = PathIds.uuid(scheduleId, "schedule");
        return change(queryId, () -> schedules.delete(caller.get(), queryId, schedule), "unscheduled");
    }

    @POST
    @Path("/{id}/edit")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, @FormParam("version") String version,
            @FormParam("name") String name, @FormParam("description") String description,
            @FormParam("definition") String definition) {
        UUID queryId = SavedQueryApi.queryId(id);
        return change(queryId, () -> {
            Integer loaded = PageForms.optionalNumber(version, Integer::valueOf, "version",
                    "the form lost the version it edited; reload the page");
            if (loaded == null) {
                throw new InvalidInputException("version", "the form lost the version it edited; reload the page");
            }
            queries.edit(caller.get(), queryId, loaded, new QueryEdit(name, description == null ? "" : description,
                    definitionJson(definition)));
        }, "edited");
    }

    @POST
    @Path("/{id}/share")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("id") String id, @FormParam("roles") List<String> roles,
            @FormParam("users") String users) {
        UUID queryId = SavedQueryApi.queryId(id);
        return change(queryId, () -> queries.share(caller.get(), queryId,
                new SavedQueryApi.SharingJson(roles, PageForms.commaSeparated(users)).toVisibility()), "shared");
    }

    @POST
    @Path("/{id}/delete")
    @RolesAllowed(Access.QUERY)
    public Response delete(@PathParam("id") String id) {
        UUID queryId = SavedQueryApi.queryId(id);
        return PageForms.redirectAfter(() -> queries.delete(caller.get(), queryId), "/queries?done=deleted",
                problem -> renderPage(queryId, problem));
    }

    /**
     * A change from the query's page, then back to it with a notice - or the page with the reason, also when
     * somebody saved the query meanwhile (409: reloading shows their change, then one edits again).
     */
    private Response change(UUID queryId, Runnable action, String done) {
        try {
            return PageForms.redirectAfter(action, "/queries/" + queryId + "?done=" + done,
                    problem -> renderPage(queryId, problem));
        } catch (ChangedMeanwhileException e) {
            return PageForms.html(Response.Status.CONFLICT, renderPage(queryId, PageForms.sentence(e.getMessage())));
        }
    }

    private String renderPage(UUID queryId, String problem) {
        SavedQueryView query = queries.get(caller.get(), queryId);
        return render(query, explorerLink(query.definition()), null, problem);
    }

    /** The definition as typed into the edit form; left empty, it stays as it is. */
    private JsonNode definitionJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("definition", "the definition is not JSON: "
                    + e.getOriginalMessage());
        }
    }

    private String render(SavedQueryView query, String explorerLink, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("history", query == null ? null : queries.history(caller.get(), query.id()));
        model.put("schedules", query == null ? null : schedules.list(caller.get(), query.id()));
        model.put("runs", query == null ? null : runs.latestOf(caller.get(), query.id()));
        model.put("definition", query == null ? null : pretty(query.definition()));
        model.put("sharedWith", query == null ? null : sharedWith(query.sharing()));
        model.put("explorerLink", explorerLink);
        // exports take the query scope (as the Explorer's); the form asks for each {{parameter}} the query uses
        model.put("canExport", query != null && caller.get().may(Scope.QUERY));
        model.put("parameters", query == null ? null : parameters(query));
        model.put("exportLimit", ExportRequest.MAX_LIMIT);
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("saved-query", model);
    }

    /**
     * The {{names}} the export form asks for. A stored definition this version no longer reads still shows its
     * page; its export then says what is wrong with it.
     */
    private Set<String> parameters(SavedQueryView query) {
        try {
            return runSavedQuery.parameters(query);
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    private static String sharedWith(SavedQueryView.Sharing sharing) {
        if (sharing.isPrivate()) {
            return "nobody: private";
        }
        List<String> who = new ArrayList<>();
        sharing.roles().forEach(role -> who.add("everyone with the role " + role));
        who.addAll(sharing.users());
        return String.join(", ", who);
    }

    private String pretty(String definition) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(definition));
        } catch (JsonProcessingException e) {
            return definition; // stored as a JSON object (checked in PostgreSQL); shown as it is should that fail
        }
    }

    /** The Explorer narrowed as the definition says: its products, exact values, period and words; null for HiveQL. */
    private String explorerLink(String definition) {
        try {
            JsonNode d = json.readTree(definition);
            if (d.has("hiveql")) {
                return null; // the Explorer has no HiveQL
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", text(d.path("text")));
            d.path("filters").fields().forEachRemaining(f -> params.put(f.getKey(), text(f.getValue())));
            params.put("from", text(d.path("period").path("from")));
            params.put("to", text(d.path("period").path("to")));
            return ExplorerLinks.link(params);
        } catch (JsonProcessingException e) {
            return "/";
        }
    }

    /** Back to the view the form came from, after a refusal. */
    private static String explorerLink(ExplorerViewForm form) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", form.q);
        params.put("product", form.product);
        params.put("from", form.from);
        params.put("to", form.to);
        params.put("channel", form.channel);
        params.put("region", form.region);
        params.put("locale", form.locale);
        params.put("platform", form.platform);
        params.put("appVersion", form.appVersion);
        params.put("sentiment", form.sentiment);
        params.put("topic", form.topic);
        params.put("aspect", form.aspect);
        params.put("keyphrase", form.keyphrase);
        return ExplorerLinks.link(params);
    }

    /** Only plain values make a link; a list (several products) or a number is left to the definition. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
