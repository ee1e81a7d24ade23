package io.voc.query.model;

import io.voc.feedback.model.ProductKey;
import io.voc.search.model.Narrowing;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which feedback a query looks at: products (none: every product the caller may see), an exact value for
 * any field of {@link Narrowing} (channel, region, locale, platform, appVersion, sentiment, topic, aspect,
 * keyphrase) and a range of star ratings. Values may hold parameters; literal ones are checked here with
 * the Explorer's rules, filled ones when the query runs.
 */
public record QueryFilters(List<Template> products, Map<Narrowing.Field, Template> values, Integer minRating,
        Integer maxRating) {
    public static final QueryFilters NONE = new QueryFilters(List.of(), Map.of(), null, null);

    public QueryFilters {
        products = List.copyOf(products == null ? List.of() : products);
        EnumMap<Narrowing.Field, Template> copy = new EnumMap<>(Narrowing.Field.class);
        if (values != null) {
            copy.putAll(values);
        }
        values = Collections.unmodifiableMap(copy);
        products.forEach(p -> p.checkIfLiteral(ProductKey::new));
        values.forEach((field, value) -> value.checkIfLiteral(narrowingBy(field)));
        checkRating("filters.minRating", minRating);
        checkRating("filters.maxRating", maxRating);
        if (minRating != null && maxRating != null && minRating > maxRating) {
            throw new InvalidDefinitionException("filters.maxRating",
                    "filters.maxRating (" + maxRating + ") is below filters.minRating (" + minRating + ")");
        }
    }

    /** The products named, filled; empty when the query names none. */
    public Set<ProductKey> products(Map<String, String> parameters) {
        Set<ProductKey> named = new LinkedHashSet<>();
        products.forEach(p -> named.add(p.read(parameters, ProductKey::new)));
        return named;
    }

    /** The exact values, filled and checked as the Explorer checks its parameters. */
    public Narrowing narrowing(Map<String, String> parameters) {
        Narrowing narrowing = Narrowing.NONE;
        for (var entry : values.entrySet()) {
            Narrowing.Field field = entry.getKey();
            narrowing = narrowing.with(field, entry.getValue().read(parameters, narrowingBy(field)).value(field));
        }
        return narrowing;
    }

    public Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        products.forEach(p -> names.addAll(p.parameters()));
        values.values().forEach(v -> names.addAll(v.parameters()));
        return names;
    }

    /** Narrowing's own rules (a known channel, a sentiment label, at most 100 characters...). */
    private static Function<String, Narrowing> narrowingBy(Narrowing.Field field) {
        return value -> Narrowing.NONE.with(field, value);
    }

    private static void checkRating(String field, Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidDefinitionException(field, field + " must be between 1 and 5 (got " + rating + ")");
        }
    }
}
