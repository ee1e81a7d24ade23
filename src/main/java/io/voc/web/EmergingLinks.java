package io.voc.web;

import io.voc.insight.model.EmergingItem;
import io.voc.insight.model.EmergingQuery;
import io.voc.search.model.Narrowing;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an emerging item's feedback is: the search page narrowed to the same product, region, platform
 * and version, to the item's topic, aspect or keyphrase, and to the window - so it lists exactly the
 * feedback counted in the window. Whole days are written as dates, as the search form has them.
 */
final class EmergingLinks {
    private EmergingLinks() {
    }

    static String search(EmergingQuery query, EmergingItem item) {
        Narrowing.Field field = switch (item.kind()) {
            case TOPIC -> Narrowing.Field.TOPIC;
            case ASPECT -> Narrowing.Field.ASPECT;
            case TERM -> Narrowing.Field.KEYPHRASE;
        };
        Narrowing narrowed = query.narrowing().with(field, item.key());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("product", query.product() == null ? null : query.product().value());
        params.put("from", from(query.periods().windowFrom()));
        params.put("to", to(query.periods().windowTo()));
        params.putAll(narrowed.parameters());
        return ExplorerLinks.link(params);
    }

    /** The first day of a period, or its first instant when it does not start at midnight (UTC). */
    static String from(Instant from) {
        return isMidnight(from) ? day(from).toString() : from.toString();
    }

    /** The last day of a period that ends (exclusively) at midnight, else its end instant. */
    static String to(Instant to) {
        return isMidnight(to) ? day(to.minus(Duration.ofDays(1))).toString() : to.toString();
    }

    private static boolean isMidnight(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0
                && instant.getNano() == 0;
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
