package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.HighlightedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of hits of a search request, the same for plain search and the Explorer: offset paging, the
 * asked order, an exact total, and the searched words highlighted.
 */
final class FeedbackHitsRequest {
    private FeedbackHitsRequest() {
    }

    static SearchRequest.Builder page(SearchRequest.Builder s, FeedbackQuery query) {
        s.from((query.page() - 1) * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(order(query));
        if (query.text() != null) {
            // No fragments: feedback is short, and a reader wants all of it with the matches marked.
            s.highlight(h -> h.preTags(HighlightedText.MATCH_START).postTags(HighlightedText.MATCH_END)
                    .numberOfFragments(0)
                    .fields("text", f -> f)
                    .fields("text.cjk", f -> f));
        }
        return s;
    }

    /** Ties (and equal scores) fall back to newest first, then the id, so paging is stable. */
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
        order.add(field("id", SortOrder.Asc));
        return order;
    }

    /** Feedback without the value (not rated, not analysed yet) come last in either direction. */
    private static SortOptions field(String name, SortOrder direction) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(direction).missing("_last")));
    }
}
