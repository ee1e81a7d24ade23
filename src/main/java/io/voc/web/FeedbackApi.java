package io.voc.web;

import io.voc.feedback.application.FeedbackJson;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.nlp.application.AnalysisJson;
import io.voc.ingest.application.LineResult;
import io.voc.ingest.application.SubmitFeedbackBatch;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.SearchFeedback;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.Narrowing;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Feedback in and out: submit one feedback, search what was received. */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackApi {
    private final SubmitFeedback submitFeedback;
    private final SearchFeedback searchFeedback;
    private final BulkBody bulkBody;
    private final SubmitFeedbackBatch submitBatch;
    private final CurrentCaller caller;

    FeedbackApi(SubmitFeedback submitFeedback, SearchFeedback searchFeedback, BulkBody bulkBody,
            SubmitFeedbackBatch submitBatch, CurrentCaller caller) {
        this.caller = caller;
        this.submitFeedback = submitFeedback;
        this.searchFeedback = searchFeedback;
        this.bulkBody = bulkBody;
        this.submitBatch = submitBatch;
    }

    public record Accepted(String id, String status) {
    }

    public record SearchResult(long total, int page, int size, List<FeedbackJson> items) {
    }

    @POST
    @RolesAllowed(Access.INGEST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one feedback",
            description = "Validated, then durably queued for indexing (202). Searchable within seconds. "
                    + "Sending the same feedback again (same product, channel and sourceId) stores it once.")
    public Response submit(FeedbackSubmission body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with at least product, channel and text is required");
        }
        Feedback feedback = submitFeedback.submit(body, caller.products());
        return Response.accepted(new Accepted(feedback.id().value(), "accepted")).build();
    }

    public record BulkResult(long accepted, long duplicates, long rejected, List<LineResult> items) {
        static BulkResult of(List<LineResult> items) {
            return new BulkResult(count(items, LineResult.Status.accepted), count(items, LineResult.Status.duplicate),
                    count(items, LineResult.Status.rejected), items);
        }

        private static long count(List<LineResult> items, LineResult.Status status) {
            return items.stream().filter(i -> i.status() == status).count();
        }
    }

    @POST
    @RolesAllowed(Access.INGEST)
    @Path("/bulk")
    @Consumes({ "application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Operation(summary = "Submit many feedback as NDJSON",
            description = "One JSON object per line (the body of POST /api/v1/feedback), at most "
                    + BulkBody.MAX_LINES + " lines and 10 MiB. Each line is judged on its own: the answer "
                    + "lists {line, id, status: accepted|duplicate|rejected, error} per non-blank line. "
                    + "Retrying a whole body is safe.")
    public BulkResult bulk(InputStream body) throws IOException {
        BulkBody.Parsed parsed = bulkBody.parse(body);
        List<LineResult> results = new ArrayList<>(parsed.problems());
        results.addAll(submitBatch.submitAll(parsed.submissions(), caller.products()));
        results.sort(Comparator.comparingLong(LineResult::line));
        return BulkResult.of(results);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Path("/search")
    @Operation(summary = "Search feedback",
            description = "q: words (simple query syntax: \"phrase\", -exclude, a | b); product; from/to: a date "
                    + "(2026-11-20) or date-time with offset, from inclusive, to exclusive; region, platform, appVersion, "
                    + "topic, aspect, keyphrase: exact values to narrow down by; page from 1; size 1-100. "
                    + "Newest first without q, most relevant first with q. Items have the JSON shape of the "
                    + "pipeline's topics (schema version 1), plus `nlp` (sentiment, aspects, topics, intent, "
                    + "language) once the NLP stage has enriched them.")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("product") String product,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("region") String region,
            @QueryParam("platform") String platform, @QueryParam("appVersion") String appVersion,
            @QueryParam("topic") String topic, @QueryParam("aspect") String aspect,
            @QueryParam("keyphrase") String keyphrase) {
        Narrowing narrowing = new Narrowing(region, platform, appVersion, topic, aspect, keyphrase);
        FeedbackPage result = searchFeedback.search(
                FeedbackQuery.parse(q, product, from, to, narrowing, page, size, caller.products()));
        return new SearchResult(result.total(), result.page(), result.size(),
                result.items().stream()
                        .map(f -> FeedbackJson.of(f.feedback(), f.analysis() == null ? null : AnalysisJson.of(f.analysis())))
                        .toList());
    }
}
