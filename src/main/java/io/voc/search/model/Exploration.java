package io.voc.search.model;

import java.util.List;

/** What the Explorer shows for a query: one page of matching feedback and the counts of every facet. */
public record Exploration(FeedbackPage page, List<FacetCounts> facets) {
    public Exploration {
        facets = List.copyOf(facets);
    }
}
