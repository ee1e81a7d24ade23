package io.voc.search.application;

import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import io.voc.search.model.Overview;
import io.voc.search.model.OverviewPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Use case: the overview of one product (or all the caller's) for a period, compared with the one before. */
@ApplicationScoped
public class OverviewFeedback {
    private final FeedbackOverviews overviews;
    private final Clock clock = Clock.systemUTC();

    OverviewFeedback(FeedbackOverviews overviews) {
        this.overviews = overviews;
    }

    /** Parameters as users type them (null: not given); 400s name the parameter. */
    public Overview overview(String product, String from, String to, Narrowing narrowing, ProductScope scope) {
        FeedbackFilter filter = FeedbackFilter.parse(null, product, from, to, narrowing, scope);
        OverviewPeriod period = OverviewPeriod.of(filter.from(), filter.to(), clock.instant());
        return overviews.overview(filter, period);
    }
}
