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
 * The Explorer in one Elasticsearch request. The query is the whole filter, so the hits and the counts of
 * every facet without a selection come straight from it: top-level terms aggregations, which Elasticsearch
 * answers from its term dictionary where it can (several times faster than under a filter). A facet with a
 * selection counts under every filter but its own, so it still offers the values one could switch to: a
 * global aggregation with the filter minus that selection.
 */
@ApplicationScoped
class ElasticsearchExplorations implements FeedbackExplorations {
    private static final String VALUES = "values";
    private static final String OTHERS = "others";

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
                        .query(FeedbackQueries.toElasticsearch(filter));
                for (Facet facet : Facet.values()) {
                    s.aggregations(facet.name(), facet.selectedIn(filter) == null ? values(facet)
                            : othersIfSelected(facet, filter));
                }
                return s;
            }, FeedbackJson.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            FeedbackPage page = new FeedbackPage(total, query.page(), query.size(), FeedbackHits.found(response));
            List<FacetCounts> facets = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                Aggregate counted = response.aggregations().get(facet.name());
                if (facet.selectedIn(filter) != null) {
                    counted = counted.global().aggregations().get(OTHERS).filter().aggregations().get(VALUES);
                }
                facets.add(new FacetCounts(facet, facet.selectedIn(filter), values(facet, counted)));
            }
            return new Exploration(page, facets);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch search failed: " + e.getMessage(), e);
        }
    }

    /** The facet's counts as if its value were not selected: everything else of the filter still applies. */
    private static Aggregation othersIfSelected(Facet facet, FeedbackFilter filter) {
        return Aggregation.of(a -> a.global(g -> g)
                .aggregations(OTHERS, o -> o.filter(FeedbackQueries.toElasticsearch(facet.clearedIn(filter)))
                        .aggregations(VALUES, values(facet))));
    }

    /**
     * Aspects are nested objects: their terms are counted inside {@code nlp.aspects}. VOC's NLP lists an
     * aspect once per feedback (several mentions get one mean sentiment), so the count of aspect objects is
     * the count of feedback - without the reverse-nested step that would cost more than all other facets.
     */
    private static Aggregation values(Facet facet) {
        String field = FeedbackFields.of(facet);
        if (facet == Facet.ASPECT) {
            return Aggregation.of(a -> a.nested(n -> n.path(FeedbackFields.ASPECTS))
                    .aggregations(VALUES, t -> t.terms(terms -> terms.field(field).size(FacetCounts.MAX_VALUES))));
        }
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(FacetCounts.MAX_VALUES)));
    }

    private static List<FacetCounts.Value> values(Facet facet, Aggregate counted) {
        Aggregate terms = facet == Facet.ASPECT ? counted.nested().aggregations().get(VALUES) : counted;
        return terms.sterms().buckets().array().stream().map(ElasticsearchExplorations::value).toList();
    }

    private static FacetCounts.Value value(StringTermsBucket bucket) {
        return new FacetCounts.Value(bucket.key().stringValue(), bucket.docCount());
    }
}
