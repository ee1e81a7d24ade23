package io.voc.web;

import io.voc.experiment.application.ExperimentEventJson.ExposureJson;
import io.voc.experiment.application.ExperimentEventJson.MetricEventJson;
import io.voc.experiment.application.SubmitExperimentEvents;
import io.voc.experiment.application.SubmitExperimentEvents.Numbered;
import io.voc.ingest.application.LineResult;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exposures and metric events in bulk (docs/experiments.md "Exposures and metric events"): JSON Lines or a JSON
 * array, each item judged on its own; the good ones go onto the topics apps produce to, and count once by event id.
 */
@Path("/api/v1/experiments")
@RolesAllowed(Access.INGEST)
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentEventsApi {
    private static final String ITEMS = "JSON Lines or a JSON array, at most " + BulkBody.MAX_LINES + " items and "
            + "10 MiB. Each item is judged on its own: {accepted, rejected, items: [{line, id (the eventId), status: "
            + "accepted|rejected, error: {code, message, field}}]}; for an array, line is the item's position from 1. "
            + "Posting the same body again changes nothing (events count once by eventId).";

    private final BulkBody bulkBody;
    private final SubmitExperimentEvents submit;
    private final CurrentCaller caller;

    ExperimentEventsApi(BulkBody bulkBody, SubmitExperimentEvents submit, CurrentCaller caller) {
        this.bulkBody = bulkBody;
        this.submit = submit;
        this.caller = caller;
    }

    public record EventsResult(long accepted, long rejected, List<LineResult> items) {
        static EventsResult of(List<LineResult> problems, List<LineResult> judged) {
            List<LineResult> items = BulkBody.inOrder(problems, judged);
            long rejected = items.stream().filter(i -> i.status() == LineResult.Status.rejected).count();
            return new EventsResult(items.size() - rejected, rejected, items);
        }
    }

    @POST
    @Path("/exposures")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Operation(summary = "Exposures in bulk", description = "Items {eventId, experimentKey, userId, variant, phase?, "
            + "at}: the experiment must exist (about your products) and have the variant. " + ITEMS)
    public EventsResult exposures(InputStream body) throws IOException {
        BulkBody.Parsed<ExposureJson> parsed = bulkBody.parseLinesOrArray(body, ExposureJson.class);
        return EventsResult.of(parsed.problems(), submit.exposures(caller.get(), numbered(parsed)));
    }

    @POST
    @Path("/metric-events")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Operation(summary = "Metric events in bulk", description = "Items {eventId, userId, product?, metric, value, "
            + "at}. " + ITEMS)
    public EventsResult metricEvents(InputStream body) throws IOException {
        BulkBody.Parsed<MetricEventJson> parsed = bulkBody.parseLinesOrArray(body, MetricEventJson.class);
        return EventsResult.of(parsed.problems(), submit.metricEvents(caller.get(), numbered(parsed)));
    }

    private static <T> List<Numbered<T>> numbered(BulkBody.Parsed<T> parsed) {
        return parsed.items().stream().map(l -> new Numbered<>(l.number(), l.value())).toList();
    }
}
