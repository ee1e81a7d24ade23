package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.voc.feedback.application.FeedbackJson;
import io.voc.search.application.FeedbackExplorations;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.Exploration;
import io.voc.search.model.Facet;
import io.voc.search.model.FacetCounts;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Explorer in one Elasticsearch request, the way faceted search is usually built: the query holds the
 * words, scope and time window; the selected facet values are a post filter, which narrows the hits but not
 * the aggregations; each facet then counts under every selection but its own.
 */
@ApplicationScoped
class ElasticsearchExplorations implements FeedbackExplorations {
    private static final String VALUES = "values";
    private static final String FEEDBACK = "feedback";

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchExplorations(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public Exploration explore(FeedbackQuery query) {
        FeedbackFilter filter = query.filter();
        try {
            SearchResponse<FeedbackJson> response = client.search(s -> {
                FeedbackHitsRequest.page(s.index(names.readAlias()), query)
                        .query(FeedbackQueries.withoutSelections(filter))
                        .postFilter(FeedbackQueries.selections(filter));
                for (Facet facet : Facet.values()) {
                    s.aggregations(facet.name(), facetCounts(facet, filter));
                }
                return s;
            }, FeedbackJson.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            FeedbackPage page = new FeedbackPage(total, query.page(), query.size(), FeedbackHits.found(response));
            List<FacetCounts> facets = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                facets.add(new FacetCounts(facet, facet.selectedIn(filter),
                        values(facet, response.aggregations().get(facet.name()))));
            }
            return new Exploration(page, facets);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch search failed: " + e.getMessage(), e);
        }
    }

    /** A filter of the other facets' selections around a terms count of this one. */
    private static Aggregation facetCounts(Facet facet, FeedbackFilter filter) {
        return Aggregation.of(a -> a.filter(FeedbackQueries.selections(facet.clearedIn(filter)))
                .aggregations(VALUES, values(facet)));
    }

    /** Aspects are nested objects: count the feedback that mention each (reverse nested), not the mentions. */
    private static Aggregation values(Facet facet) {
        String field = FeedbackFields.of(facet);
        if (facet == Facet.ASPECT) {
            return Aggregation.of(a -> a.nested(n -> n.path(FeedbackFields.ASPECTS))
                    .aggregations(VALUES, t -> t.terms(terms -> terms.field(field).size(FacetCounts.MAX_VALUES))
                            .aggregations(FEEDBACK, r -> r.reverseNested(rn -> rn))));
        }
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(FacetCounts.MAX_VALUES)));
    }

    private static List<FacetCounts.Value> values(Facet facet, Aggregate facetAggregate) {
        Aggregate values = facetAggregate.filter().aggregations().get(VALUES);
        if (facet == Facet.ASPECT) {
            return values.nested().aggregations().get(VALUES).sterms().buckets().array().stream()
                    .map(b -> new FacetCounts.Value(b.key().stringValue(),
                            b.aggregations().get(FEEDBACK).reverseNested().docCount()))
                    .toList();
        }
        return values.sterms().buckets().array().stream().map(ElasticsearchExplorations::value).toList();
    }

    private static FacetCounts.Value value(StringTermsBucket bucket) {
        return new FacetCounts.Value(bucket.key().stringValue(), bucket.docCount());
    }
}
