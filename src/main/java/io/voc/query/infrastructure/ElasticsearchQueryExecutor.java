package io.voc.query.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.voc.feedback.application.FeedbackJson;
import io.voc.query.application.QueryExecutor;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryAggregation;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.search.application.FeedbackScans;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.infrastructure.ElasticsearchFeedbackScans;
import io.voc.search.infrastructure.FeedbackHits;
import io.voc.search.infrastructure.FeedbackIndexNames;
import io.voc.search.infrastructure.SentimentAggregations;
import io.voc.search.model.Facet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs queries on the live feedback index (its read alias) and reads the answer back into rows or buckets;
 * scans for exports go through the search's point-in-time scans with the query's own compiled query.
 */
@ApplicationScoped
class ElasticsearchQueryExecutor implements QueryExecutor {
    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final ElasticsearchFeedbackScans scans;

    ElasticsearchQueryExecutor(ElasticsearchClient client, FeedbackIndexNames names, ElasticsearchFeedbackScans scans) {
        this.client = client;
        this.names = names;
        this.scans = scans;
    }

    @Override
    public FeedbackScans.Scan scan(BoundQuery query, int pageSize) {
        // the query part of run's search - words, scope, period, values, ratings - so an export holds what run pages
        return scans.open(ElasticsearchQueryRequests.query(query), pageSize);
    }

    @Override
    public QueryResult execute(BoundQuery query, QueryPage page) {
        SearchResponse<FeedbackJson> response;
        try {
            response = client.search(ElasticsearchQueryRequests.compile(names.readAlias(), query, page),
                    FeedbackJson.class);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch query failed: " + e.getMessage(), e);
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        if (query.aggregation() == null) {
            return new QueryResult.Rows(total, page, FeedbackHits.found(response));
        }
        return new QueryResult.Buckets(total, query.aggregation(), buckets(query.aggregation(), total,
                response.aggregations()));
    }

    private static List<QueryResult.Bucket> buckets(QueryAggregation aggregation, long total,
            Map<String, Aggregate> aggs) {
        List<QueryResult.Bucket> buckets = new ArrayList<>();
        if (aggregation.groupBy() == null) {
            inGroup(aggregation, null, total, aggs, buckets);
            return buckets;
        }
        Aggregate groups = aggs.get(ElasticsearchQueryRequests.GROUPS);
        if (aggregation.groupBy() == Facet.ASPECT) {
            groups = groups.nested().aggregations().get(ElasticsearchQueryRequests.GROUPS);
        }
        for (var group : groups.sterms().buckets().array()) {
            String key = group.key().stringValue();
            if (aggregation.groupBy() == Facet.ASPECT) {
                var feedback = group.aggregations().get(ElasticsearchQueryRequests.FEEDBACK).reverseNested();
                inGroup(aggregation, key, feedback.docCount(), feedback.aggregations(), buckets);
            } else {
                inGroup(aggregation, key, group.docCount(), group.aggregations(), buckets);
            }
        }
        return buckets;
    }

    /** One group's bucket, or one per interval of its series. */
    private static void inGroup(QueryAggregation aggregation, String key, long count, Map<String, Aggregate> aggs,
            List<QueryResult.Bucket> buckets) {
        if (aggregation.interval() == null) {
            buckets.add(new QueryResult.Bucket(key, null, count, value(aggregation, count, aggs)));
            return;
        }
        for (var b : aggs.get(ElasticsearchQueryRequests.SERIES).dateHistogram().buckets().array()) {
            buckets.add(new QueryResult.Bucket(key, Instant.ofEpochMilli(b.key()), b.docCount(),
                    value(aggregation, b.docCount(), b.aggregations())));
        }
    }

    private static Number value(QueryAggregation aggregation, long count, Map<String, Aggregate> aggs) {
        return switch (aggregation.metric()) {
            case COUNT -> count;
            case AVG_SENTIMENT -> SentimentAggregations.avgSentiment(aggs);
            case SHARE_NEGATIVE -> SentimentAggregations.shareNegative(aggs);
        };
    }
}
