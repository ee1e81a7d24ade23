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
import io.voc.search.application.ExploreFeedback;
import io.voc.search.application.ReadFeedback;
import io.voc.search.application.SearchFeedback;
import io.voc.search.model.Exploration;
import io.voc.search.model.FacetCounts;
import io.voc.search.model.FoundFeedback;
import io.voc.search.model.HighlightedText;
import org.unbescape.html.HtmlEscape;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Feedback in and out: submit feedback; search, explore and read what was received. */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackApi {
    private final SubmitFeedback submitFeedback;
    private final SearchFeedback searchFeedback;
    private final BulkBody bulkBody;
    private final SubmitFeedbackBatch submitBatch;
    private final CurrentCaller caller;
    private final ExploreFeedback exploreFeedback;
    private final ReadFeedback readFeedback;

    FeedbackApi(SubmitFeedback submitFeedback, SearchFeedback searchFeedback, BulkBody bulkBody,
            SubmitFeedbackBatch submitBatch, CurrentCaller caller, ExploreFeedback exploreFeedback,
            ReadFeedback readFeedback) {
        this.caller = caller;
        this.exploreFeedback = exploreFeedback;
        this.readFeedback = readFeedback;
        this.submitFeedback = submitFeedback;
        this.searchFeedback = searchFeedback;
        this.bulkBody = bulkBody;
        this.submitBatch = submitBatch;
    }

    public record Accepted(String id, String status) {
    }

    /** The narrowing parameters, as the API documentation lists them. */
    static final String NARROWING = "channel, region, locale, platform, appVersion, sentiment (negative, neutral, "
            + "positive), topic, aspect, keyphrase: exact values to narrow down by";

    public record SearchResult(long total, int page, int size, List<FeedbackJson> items,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> highlights) {
        static SearchResult of(FeedbackPage page) {
            Map<String, String> highlights = new LinkedHashMap<>();
            page.items().stream().filter(f -> f.highlight() != null)
                    .forEach(f -> highlights.put(f.feedback().id().value(), html(f.highlight())));
            return new SearchResult(page.total(), page.page(), page.size(),
                    page.items().stream().map(FeedbackApi::item).toList(), highlights);
        }
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
        /** The body's problems and the use case's results, in the body's order. */
        static BulkResult of(List<LineResult> problems, List<LineResult> judged) {
            List<LineResult> items = BulkBody.inOrder(problems, judged);
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
        BulkBody.Parsed<FeedbackSubmission> parsed = bulkBody.parse(body);
        return BulkResult.of(parsed.problems(), submitBatch.submitAll(parsed.items().stream()
                .map(l -> new SubmitFeedbackBatch.NumberedSubmission(l.number(), l.value())).toList(), caller.products()));
    }

    @GET
    @RolesAllowed(Access.READ)
    @Path("/search")
    @Operation(summary = "Search feedback",
            description = "q: words (simple query syntax: \"phrase\", -exclude, a | b); product; from/to: a date "
                    + "(2026-11-20) or date-time with offset, from inclusive, to exclusive; " + NARROWING
                    + "; page from 1; size 1-100; sort: relevance (the default with q), newest (the default "
                    + "without), oldest, most-negative, lowest-rating, highest-rating. Items have the JSON shape of "
                    + "the pipeline's topics (schema version 1), plus `nlp` (sentiment, sentences, aspects, topics, "
                    + "intent, language) once the NLP stage has enriched them. With q, `highlights` maps an item's "
                    + "id to its text as HTML: escaped, with the matching words in <mark>.")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("product") String product,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort, @Context UriInfo uri) {
        FeedbackPage result = searchFeedback.search(FeedbackQuery.parse(q, product, from, to, narrowing(uri), page,
                size, sort, caller.products()));
        return SearchResult.of(result);
    }

    public record ExploreResult(long total, int page, int size, List<FeedbackJson> items,
            Map<String, String> highlights, List<FacetJson> facets) {
    }

    /** A facet by its request parameter, with the selected value and the counts of the top values. */
    public record FacetJson(String name, String selected, List<FacetCounts.Value> values) {
    }

    @GET
    @RolesAllowed(Access.READ)
    @Path("/explore")
    @Operation(summary = "Search feedback with facet counts (the Explorer)",
            description = "The parameters of search. Also answers `facets`: for product, channel, region, locale, "
                    + "platform, appVersion, sentiment, topic and aspect, the top " + FacetCounts.MAX_VALUES + " values with how many "
                    + "matching feedback have each. A facet's counts follow every filter except its own selection, "
                    + "so they show what selecting another value would give.")
    public ExploreResult explore(@QueryParam("q") String q, @QueryParam("product") String product,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort, @Context UriInfo uri) {
        Exploration exploration = exploreFeedback.explore(FeedbackQuery.parse(q, product, from, to, narrowing(uri),
                page, size, sort, caller.products()));
        SearchResult found = SearchResult.of(exploration.page());
        return new ExploreResult(found.total(), found.page(), found.size(), found.items(), found.highlights(),
                exploration.facets().stream()
                        .map(f -> new FacetJson(f.facet().parameter(), f.selected(), f.values())).toList());
    }

    @GET
    @RolesAllowed(Access.READ)
    @Path("/{id}")
    @Operation(summary = "One feedback with its analysis",
            description = "The search item of that id: the feedback and, once enriched, `nlp` with the sentiment "
                    + "of each sentence, aspects, topics, keyphrases and intent. 404 when there is no such feedback "
                    + "among the caller's products; 400 when the id is not 32 hex characters.")
    public FeedbackJson byId(@PathParam("id") String id) {
        FoundFeedback found = readFeedback.byId(id, caller.products())
                .orElseThrow(() -> new NotFoundException("no feedback " + id));
        return item(found);
    }

    /** Escaped text with the matches in {@code <mark>}: ready for a web page, never markup of the user's. */
    private static String html(HighlightedText text) {
        StringBuilder html = new StringBuilder();
        for (HighlightedText.Piece piece : text.pieces()) {
            String escaped = HtmlEscape.escapeHtml5(piece.text());
            html.append(piece.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }

    static Narrowing narrowing(UriInfo uri) {
        return Narrowing.fromParameters(uri.getQueryParameters()::getFirst);
    }

    /** A found feedback as every API shows it: the feedback, and its analysis once enriched. */
    static FeedbackJson item(FoundFeedback f) {
        return FeedbackJson.of(f.feedback(), f.analysis() == null ? null : AnalysisJson.of(f.analysis()));
    }
}
