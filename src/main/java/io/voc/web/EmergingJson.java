package io.voc.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.insight.model.EmergingItem;
import io.voc.insight.model.EmergingMethod;
import io.voc.insight.model.EmergingReport;
import io.voc.search.model.Narrowing;
import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /api/v1/emerging}. Shares are fractions (0.25 is 25%); p- and q-values as computed. */
public record EmergingJson(Period window, Period baseline, String method, int tests, long family, List<Item> items) {

    /** {@code from} inclusive, {@code to} exclusive; {@code widened}: narrowing fields the baseline leaves out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String from, String to, long count, List<String> widened) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String kind, String key, long windowCount, long baselineCount, double windowShare,
            double baselineShare, double ratio, double pValue, double qValue, Double negativeShareWindow,
            Double negativeShareBaseline, Double negativityPValue, Double negativityQValue, String signal,
            double extra, String searchLink) {
    }

    static EmergingJson of(EmergingReport report) {
        var periods = report.query().periods();
        return new EmergingJson(
                new Period(text(periods.windowFrom()), text(periods.windowTo()), report.windowCount(), null),
                new Period(text(periods.baselineFrom()), text(periods.baselineTo()), report.baselineCount(),
                        report.widened().stream().map(Narrowing.Field::parameter).toList()),
                String.join(" ", EmergingMethod.EXPLANATION), report.tests(), report.family(),
                report.items().stream().map(i -> item(report, i)).toList());
    }

    private static Item item(EmergingReport report, EmergingItem i) {
        return new Item(i.kind().wireName(), i.key(), i.windowCount(), i.baselineCount(), round(i.windowShare()),
                round(i.baselineShare()), Math.round(i.ratio() * 100) / 100.0, i.pValue(), i.qValue(),
                i.negativeShareWindow() == null ? null : round(i.negativeShareWindow()),
                i.negativeShareBaseline() == null ? null : round(i.negativeShareBaseline()), i.negativityPValue(),
                i.negativityQValue(), i.signal().wireName(), Math.round(i.extra() * 10) / 10.0,
                EmergingLinks.search(report.query(), i));
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static String text(Instant instant) {
        return instant.toString();
    }
}
