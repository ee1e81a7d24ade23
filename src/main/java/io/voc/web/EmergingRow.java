package io.voc.web;

import io.voc.insight.model.EmergingItem;
import io.voc.insight.model.EmergingQuery;
import java.util.Locale;

/** One emerging item as the page shows it: numbers formatted, the link to its feedback. */
public record EmergingRow(String kind, String key, String link, long windowCount, long baselineCount,
        String windowShare, String baselineShare, String ratio, String negative, String signal, String qValue,
        String extra) {

    static EmergingRow of(EmergingQuery query, EmergingItem item) {
        String negative = item.negativeShareWindow() == null ? "-"
                : percent(item.negativeShareWindow()) + (item.negativeShareBaseline() == null ? ""
                        : " (was " + percent(item.negativeShareBaseline()) + ")");
        String signal = switch (item.signal()) {
            case VOLUME -> "more often";
            case NEGATIVITY -> "more negative";
            case BOTH -> "more often, more negative";
        };
        double q = switch (item.signal()) {
            case VOLUME -> item.qValue();
            case NEGATIVITY -> item.negativityQValue();
            case BOTH -> Math.min(item.qValue(), item.negativityQValue());
        };
        return new EmergingRow(item.kind().wireName(), item.key(), EmergingLinks.search(query, item),
                item.windowCount(), item.baselineCount(), percent(item.windowShare()), percent(item.baselineShare()),
                String.format(Locale.ROOT, "%.1f×", item.ratio()), negative, signal, probability(q),
                String.format(Locale.ROOT, "+%.0f", item.extra()));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, share < 0.1 ? "%.1f%%" : "%.0f%%", share * 100);
    }

    /** Small probabilities as "< 0.001", the others with three decimals. */
    static String probability(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
