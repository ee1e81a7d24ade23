package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.HighlightedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of hits of a search request, the same for plain search and the Explorer: offset paging, the
 * asked order, an exact total, and the searched words highlighted.
 */
final class FeedbackHitsRequest {
    /** No fragments: feedback is short, and a reader wants all of it with the matches marked. */
    private static final Highlight HIGHLIGHT = Highlight.of(h -> h
            .preTags(HighlightedText.MATCH_START).postTags(HighlightedText.MATCH_END)
            .numberOfFragments(0)
            .fields("text", f -> f)
            .fields("text.cjk", f -> f));

    private FeedbackHitsRequest() {
    }

    static SearchRequest.Builder page(SearchRequest.Builder s, FeedbackQuery query) {
        s.from(from(query)).size(query.size()).trackTotalHits(t -> t.enabled(true)).sort(order(query));
        if (query.text() != null) {
            s.highlight(HIGHLIGHT);
        }
        return s;
    }

    /** The same, as one search of a multi-search. */
    static MultisearchBody.Builder page(MultisearchBody.Builder s, FeedbackQuery query) {
        s.from(from(query)).size(query.size()).trackTotalHits(t -> t.enabled(true)).sort(order(query));
        if (query.text() != null) {
            s.highlight(HIGHLIGHT);
        }
        return s;
    }

    private static int from(FeedbackQuery query) {
        return (query.page() - 1) * query.size();
    }

    /**
     * Ties (equal scores, ratings) fall back to newest first. Not further: an id as the last key would cost a
     * tenth of a second over a million feedback, and within one shard Elasticsearch breaks ties in the same
     * order on every request anyway.
     */
    private static List<SortOptions> order(FeedbackQuery query) {
        List<SortOptions> order = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
            case OLDEST -> order.add(field("createdAt", SortOrder.Asc));
            case MOST_NEGATIVE -> order.add(field("nlp.sentiment.score", SortOrder.Asc));
            case LOWEST_RATING -> order.add(field("rating", SortOrder.Asc));
            case HIGHEST_RATING -> order.add(field("rating", SortOrder.Desc));
            case NEWEST -> {
            }
        }
        order.add(field("createdAt", SortOrder.Desc));
        return order;
    }

    /** Feedback without the value (not rated, not analysed yet) come last in either direction. */
    private static SortOptions field(String name, SortOrder direction) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(direction).missing("_last")));
    }
}
