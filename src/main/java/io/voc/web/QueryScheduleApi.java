package io.voc.web;

import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.ManageSchedules;
import io.voc.query.application.NewSchedule;
import io.voc.query.application.ScheduleView;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Schedules of a saved query (docs/saved-queries.md#schedules-and-alerts): when it runs and on what condition
 * it alerts. Reading takes the read scope and a query you see; adding, switching off and on and deleting, the
 * query scope and a query you may change.
 */
@Path("/api/v1/queries/{id}/schedules")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class QueryScheduleApi {
    private final ManageSchedules schedules;
    private final CurrentCaller caller;

    QueryScheduleApi(ManageSchedules schedules, CurrentCaller caller) {
        this.schedules = schedules;
        this.caller = caller;
    }

    /** {@code {"schedule": {"cron", "timeZone"}, "condition": {"metric", "op", "value", "change": {"over"}}}}. */
    public record NewScheduleJson(ScheduleJson schedule, ConditionJson condition) {
    }

    public record ScheduleJson(String cron, String timeZone) {
    }

    public record ConditionJson(String metric, String op, Double value, ChangeJson change) {
    }

    public record ChangeJson(String over) {
    }

    public record Schedules(List<ScheduleView> items) {
    }

    public record Switch(Boolean enabled) {
    }

    @POST
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a saved query", description = "schedule.cron: 5 fields (minute hour "
            + "day-of-month month day-of-week); schedule.timeZone: default UTC; condition: metric (count, "
            + "share_negative, avg_sentiment), op (>, >=, <, <=), value, and optionally change.over (24h, 7d, 1w) "
            + "to compare with the same query one window earlier. For the query's owner and admins.")
    public Response create(@PathParam("id") String id, NewScheduleJson body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with schedule and condition is required");
        }
        if (body.schedule() == null) {
            throw new InvalidInputException("schedule.cron", "schedule.cron is required: a 5-field cron "
                    + "expression such as '0 8 * * 1'");
        }
        if (body.condition() == null) {
            throw new InvalidInputException("condition.metric", "condition is required: metric, op and value");
        }
        ConditionJson c = body.condition();
        ScheduleView created = schedules.create(caller.get(), SavedQueryApi.queryId(id),
                new NewSchedule(body.schedule().cron(), body.schedule().timeZone(), c.metric(), c.op(), c.value(),
                        c.change() == null ? null : c.change().over()));
        return Response.created(URI.create("/api/v1/queries/" + id + "/schedules/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "A saved query's schedules", description = "Oldest first, with each one's next run.")
    public Schedules list(@PathParam("id") String id) {
        return new Schedules(schedules.list(caller.get(), SavedQueryApi.queryId(id)));
    }

    @PATCH
    @Path("/{sid}")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a schedule off or on", description = "{\"enabled\": false} stops it; "
            + "{\"enabled\": true} runs it again from its next slot (slots missed while it was off are not run). "
            + "For the query's owner and admins.")
    public ScheduleView switchOn(@PathParam("id") String id, @PathParam("sid") String scheduleId, Switch body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException("enabled", "enabled is required: true or false");
        }
        return schedules.switchOn(caller.get(), SavedQueryApi.queryId(id), PathIds.uuid(scheduleId, "schedule"),
                body.enabled());
    }

    @DELETE
    @Path("/{sid}")
    @RolesAllowed(Access.QUERY)
    @Operation(summary = "Delete a schedule", description = "With its run history. For the query's owner and "
            + "admins.")
    public Response delete(@PathParam("id") String id, @PathParam("sid") String scheduleId) {
        schedules.delete(caller.get(), SavedQueryApi.queryId(id), PathIds.uuid(scheduleId, "schedule"));
        return Response.noContent().build();
    }
}
