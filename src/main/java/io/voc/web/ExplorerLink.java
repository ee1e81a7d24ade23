package io.voc.web;

import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A link into the Explorer showing exactly the feedback of a filter (words, product, period, narrowing), and
 * from there narrowed further by one more value - what every chart, table and detail of the dashboard links
 * to. Whole days are written as dates, as the Explorer's form has them.
 */
public record ExplorerLink(Map<String, String> parameters) {

    public ExplorerLink {
        parameters = Map.copyOf(parameters);
    }

    public static ExplorerLink of(FeedbackFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", filter.text());
        params.put("product", filter.product() == null ? null : filter.product().value());
        params.put("from", filter.from() == null ? null : from(filter.from()));
        params.put("to", filter.to() == null ? null : to(filter.to()));
        params.putAll(filter.narrowing().parameters());
        params.values().removeIf(Objects::isNull);
        return new ExplorerLink(params);
    }

    /** All feedback of one product. */
    public static ExplorerLink ofProduct(String product) {
        return new ExplorerLink(Map.of("product", product));
    }

    /** The same feedback narrowed by one more value ({@code parameter} as the Explorer names it). */
    public String with(String parameter, String value) {
        Map<String, String> params = ordered();
        params.put(parameter, value);
        return ExplorerLinks.link(params);
    }

    public String href() {
        return ExplorerLinks.link(ordered());
    }

    /** Always the same order (words, product, period, then the narrowing fields), so a view has one address. */
    private Map<String, String> ordered() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : new String[] {"q", "product", "from", "to"}) {
            params.put(name, parameters.get(name));
        }
        for (Narrowing.Field field : Narrowing.Field.values()) {
            params.put(field.parameter(), parameters.get(field.parameter()));
        }
        return params;
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
        return instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0 && instant.getNano() == 0;
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
