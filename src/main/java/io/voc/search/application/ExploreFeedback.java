package io.voc.search.application;

import io.voc.search.model.Exploration;
import io.voc.search.model.FeedbackQuery;
import jakarta.enterprise.context.ApplicationScoped;

/** Use case: the Explorer - search feedback and see, for each facet, how many match each value. */
@ApplicationScoped
public class ExploreFeedback {
    private final FeedbackExplorations explorations;

    ExploreFeedback(FeedbackExplorations explorations) {
        this.explorations = explorations;
    }

    public Exploration explore(FeedbackQuery query) {
        return explorations.explore(query);
    }
}
