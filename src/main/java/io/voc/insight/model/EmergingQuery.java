package io.voc.insight.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import java.time.Instant;

/**
 * What to look for emerging issues in: a product (or all the asker's products), narrowed by region,
 * platform and app version, over a window and its baseline, within the asker's products.
 */
public record EmergingQuery(ProductKey product, Narrowing narrowing, ComparisonPeriods periods,
        ProductScope scope) {

    public EmergingQuery {
        narrowing = narrowing == null ? Narrowing.NONE : narrowing;
        if (product != null) {
            scope.require(product); // 403 before anything is counted
        }
    }

    /** From request parameters as users type them; null means "not given". */
    public static EmergingQuery parse(String product, String region, String platform, String appVersion,
            String window, String baseline, String to, ProductScope scope, Instant now) {
        return new EmergingQuery(FeedbackFilter.parseProduct(product),
                Narrowing.NONE.with(Narrowing.Field.REGION, region).with(Narrowing.Field.PLATFORM, platform)
                        .with(Narrowing.Field.APP_VERSION, appVersion),
                ComparisonPeriods.parse(window, baseline, to, now), scope);
    }

    /** The feedback judged. */
    public FeedbackFilter window() {
        return new FeedbackFilter(null, product, periods.windowFrom(), periods.windowTo(), scope, narrowing);
    }

    /** The feedback that tells what is usual, narrowed as given (the query's own, or a wider one). */
    public FeedbackFilter baseline(Narrowing baselineNarrowing) {
        return new FeedbackFilter(null, product, periods.baselineFrom(), periods.baselineTo(), scope,
                baselineNarrowing);
    }
}
