package io.voc.insight.application;

import io.voc.insight.model.CandidateTally;
import io.voc.insight.model.EmergingMethod;
import io.voc.insight.model.EmergingQuery;
import io.voc.insight.model.EmergingReport;
import io.voc.search.model.Narrowing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: which topics, aspects and terms rose significantly in a window against the baseline before
 * it ({@link EmergingMethod}). A narrowed baseline too small to tell what is usual is widened first.
 */
@ApplicationScoped
public class FindEmergingIssues {
    private final EmergingCounts counts;

    FindEmergingIssues(EmergingCounts counts) {
        this.counts = counts;
    }

    public EmergingReport find(EmergingQuery query) {
        Narrowing baseline = query.narrowing();
        List<Narrowing.Field> widened = new ArrayList<>();
        long baselineCount = counts.count(query.baseline(baseline));
        for (Narrowing.Field field : EmergingMethod.WIDENING_ORDER) {
            if (baselineCount >= EmergingMethod.MIN_BASELINE) {
                break;
            }
            if (baseline.value(field) != null) {
                baseline = baseline.without(field);
                widened.add(field);
                baselineCount = counts.count(query.baseline(baseline));
            }
        }
        CandidateTally tally = counts.tally(query.window(), query.baseline(baseline), EmergingMethod.MIN_COUNT);
        EmergingMethod.Assessment assessment = EmergingMethod.assess(tally);
        return new EmergingReport(query, tally.windowTotal(), tally.baselineTotal(), widened, assessment.tests(),
                assessment.family(), assessment.items());
    }
}
