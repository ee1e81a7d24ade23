package io.voc.search.application;

import io.voc.feedback.model.ProductScope;
import io.voc.search.model.CompareRequest;
import io.voc.search.model.Comparison;
import jakarta.enterprise.context.ApplicationScoped;

/** Use case: two app versions, regions, platforms, channels or periods side by side. */
@ApplicationScoped
public class CompareFeedback {
    private final FeedbackComparisons comparisons;

    CompareFeedback(FeedbackComparisons comparisons) {
        this.comparisons = comparisons;
    }

    /** Parameters as users type them; 400s name the parameter. */
    public Comparison compare(String product, String by, String a, String b, String from, String to,
            ProductScope scope) {
        return compare(CompareRequest.parse(product, by, a, b, from, to, scope));
    }

    public Comparison compare(CompareRequest request) {
        return comparisons.compare(request);
    }
}
