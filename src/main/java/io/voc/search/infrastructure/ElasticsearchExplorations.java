package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Explorer as one multi-search of three parts that Elasticsearch runs at the same time (one search of
 * one shard runs on one thread): the page of hits, the facets, and the aspect facet (nested, the costliest).
 * Over a million feedback the three take about as long as the slowest, where one request doing all would take
 * their sum and more.
 *
 * <p>Every part has the whole filter as its query. A facet without a selection is a top-level terms
 * aggregation of it, which Elasticsearch answers from its term dictionary where it can. A facet with a
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
        Query matches = FeedbackQueries.toElasticsearch(filter);
        Map<String, Aggregation> flat = new LinkedHashMap<>();
        Map<String, Aggregation> nested = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            (facet == Facet.ASPECT ? nested : flat).put(facet.name(), facet.selectedIn(filter) == null ? values(facet)
                    : othersIfSelected(facet, filter));
        }
        List<MultisearchBody> parts = List.of(
                FeedbackHitsRequest.page(new MultisearchBody.Builder(), query).query(matches).build(),
                ConcurrentSearches.part(matches, flat),
                ConcurrentSearches.part(matches, nested));
        try {
            List<ResponseBody<FeedbackJson>> answers = ConcurrentSearches.answers(client, names.readAlias(), parts,
                    FeedbackJson.class);
            ResponseBody<FeedbackJson> hits = answers.get(0);
            long total = hits.hits().total() == null ? 0 : hits.hits().total().value();
            FeedbackPage page = new FeedbackPage(total, query.page(), query.size(), FeedbackHits.found(hits));
            Map<String, Aggregate> counted = new HashMap<>(answers.get(1).aggregations());
            counted.putAll(answers.get(2).aggregations());
            List<FacetCounts> facets = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                facets.add(new FacetCounts(facet, facet.selectedIn(filter), values(facet, filter, counted.get(facet.name()))));
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

    private static List<FacetCounts.Value> values(Facet facet, FeedbackFilter filter, Aggregate counted) {
        if (facet.selectedIn(filter) != null) {
            counted = counted.global().aggregations().get(OTHERS).filter().aggregations().get(VALUES);
        }
        Aggregate terms = facet == Facet.ASPECT ? counted.nested().aggregations().get(VALUES) : counted;
        return terms.sterms().buckets().array().stream().map(ElasticsearchExplorations::value).toList();
    }

    private static FacetCounts.Value value(StringTermsBucket bucket) {
        return new FacetCounts.Value(bucket.key().stringValue(), bucket.docCount());
    }
}
