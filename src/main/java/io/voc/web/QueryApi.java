package io.voc.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.feedback.application.FeedbackJson;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.QueryDefinitionJson;
import io.voc.query.application.RunOptions;
import io.voc.query.application.RunQuery;
import io.voc.query.model.InvalidDefinitionException;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Queries analysts build: run one by its definition (saving, sharing and scheduling come later). */
@Path("/api/v1/queries")
@RolesAllowed(Access.QUERY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueryApi {
    private final RunQuery runQuery;
    private final CurrentCaller caller;

    QueryApi(RunQuery runQuery, CurrentCaller caller) {
        this.runQuery = runQuery;
        this.caller = caller;
    }

    /** {@code timeoutSeconds} and {@code runId}: for a HiveQL definition (see {@link RunOptions}). */
    public record RunBody(QueryDefinitionJson definition, Map<String, String> parameters, Integer page,
            Integer size, Integer timeoutSeconds, String runId) {
    }

    /** Without an aggregation: a page of feedback, newest first. */
    public record RowsJson(long total, int page, int size, boolean hasMore, List<FeedbackJson> rows) {
    }

    /** With one: its buckets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BucketsJson(String metric, String groupBy, String interval, long total, List<BucketJson> buckets) {
    }

    /** A HiveQL query's answer: its columns and a page of its rows (each a list of values in column order). */
    public record TableJson(List<String> columns, int page, int size, boolean hasMore, List<List<Object>> rows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BucketJson(String key, Instant start, long count, Number value) {
    }

    @POST
    @Path("/run")
    @Operation(summary = "Run a query definition",
            description = "Body {definition, parameters, page, size}. The definition: filters (product or products, "
                    + "channel, region, locale, platform, appVersion, sentiment, topic, aspect, keyphrase, minRating, "
                    + "maxRating), period ({from, to} or {last: 24h|7d|4w}), text (the Explorer's q) and aggregation "
                    + "({metric: count|avg_sentiment|share_negative, groupBy, interval: hour|day|week|month, size}); "
                    + "values may hold {{name}} parameters. Or {hiveql: \"SELECT ...\"} alone: HiveQL over the "
                    + "warehouse's feedback and user_profile tables, answered as {columns, rows, page, size, hasMore}; "
                    + "timeoutSeconds stops it sooner than the configured timeout (504 query_timed_out), runId (a "
                    + "UUID) lets POST /api/v1/queries/runs/{runId}/cancel stop it (409 query_cancelled). Answers {rows, page, size, hasMore, total} or "
                    + "{buckets: [{key, start, count, value}], metric, groupBy, interval, total}. Only the caller's "
                    + "products; naming another is 403. See docs/queries.md.")
    public Object run(RunBody body) {
        if (body == null || body.definition() == null) {
            throw new InvalidInputException("definition", "definition is required: {\"definition\": {...}}");
        }
        return answer(runDefinition(body));
    }

    /** A result as the API shows it: rows, buckets, or a table. */
    static Object answer(QueryResult result) {
        if (result instanceof QueryResult.Table table) {
            return new TableJson(table.columns(), table.page().page(), table.page().size(), table.hasMore(),
                    table.rows());
        }
        if (result instanceof QueryResult.Rows rows) {
            return new RowsJson(rows.total(), rows.page().page(), rows.page().size(), rows.hasMore(),
                    rows.rows().stream().map(FeedbackApi::item).toList());
        }
        QueryResult.Buckets buckets = (QueryResult.Buckets) result;
        var aggregation = buckets.aggregation();
        return new BucketsJson(aggregation.metric().wireName(),
                aggregation.groupBy() == null ? null : aggregation.groupBy().parameter(),
                aggregation.interval() == null ? null : aggregation.interval().wireName(), buckets.total(),
                buckets.buckets().stream().map(b -> new BucketJson(b.key(), b.start(), b.count(), b.value())).toList());
    }

    /** The model names a field inside the definition; the caller wrote it under {@code definition}. */
    private QueryResult runDefinition(RunBody body) {
        QueryPage page = QueryPage.of(body.page(), body.size());
        try {
            QueryDefinition definition = body.definition().toDefinition();
            return runQuery.run(caller.get(), definition, body.parameters(), page,
                    RunOptions.of(body.timeoutSeconds(), body.runId()));
        } catch (InvalidDefinitionException e) {
            throw new InvalidInputException("definition." + e.field(), e.getMessage());
        }
    }
}
