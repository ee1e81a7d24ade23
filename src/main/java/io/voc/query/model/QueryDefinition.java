package io.voc.query.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A query as an analyst builds it once and runs many times: {@link QueryFilters}, an optional
 * {@link QueryPeriod}, an optional full-text expression ({@code text}, the Explorer's {@code q}: stemmed
 * English, CJK bigrams, {@code "phrase"}, {@code -exclude}, {@code a | b}) and an optional
 * {@link QueryAggregation} (without one the query lists feedback). Values may hold parameters
 * ({@code {{product}}}) filled by {@link #bind}. What can be checked without the parameters and the clock is
 * checked here, so a broken definition is refused when it is written, not when a schedule first runs it.
 *
 * <p>Or, instead of all of those, {@link HiveQl}: a statement the warehouse runs ({@link #bindInWarehouse}).
 */
public record QueryDefinition(QueryFilters filters, QueryPeriod period, Template text, QueryAggregation aggregation,
        HiveQl hiveql) {

    public QueryDefinition {
        filters = filters == null ? QueryFilters.NONE : filters;
        if (hiveql != null && (!filters.equals(QueryFilters.NONE) || period != null || text != null
                || aggregation != null)) {
            throw new InvalidDefinitionException("hiveql", "a hiveql query has no filters, period, text or "
                    + "aggregation: write them in the HiveQL");
        }
        if (text != null) {
            text.checkIfLiteral(QueryDefinition::words);
        }
        if (aggregation != null && aggregation.interval() != null) {
            if (period == null || period instanceof QueryPeriod.Between between && between.from() == null) {
                throw new InvalidDefinitionException("aggregation.interval",
                        "aggregation.interval needs a period with a start (period.from or period.last)");
            }
            period.fixedLength().ifPresent(aggregation::checkBuckets);
        }
    }

    /** A query Elasticsearch answers. */
    public QueryDefinition(QueryFilters filters, QueryPeriod period, Template text, QueryAggregation aggregation) {
        this(filters, period, text, aggregation, null);
    }

    /** A query the warehouse answers. */
    public static QueryDefinition warehouse(HiveQl hiveql) {
        return new QueryDefinition(null, null, null, null, hiveql);
    }

    /** Whether the warehouse runs it (HiveQL) rather than the live index. */
    public boolean inWarehouse() {
        return hiveql != null;
    }

    /** Every parameter the definition uses, in order of appearance. */
    public Set<String> parameters() {
        if (hiveql != null) {
            return hiveql.parameters();
        }
        Set<String> names = new LinkedHashSet<>(filters.parameters());
        if (text != null) {
            names.addAll(text.parameters());
        }
        return names;
    }

    /**
     * The query to run at {@code now} for a caller who may see {@code scope}: parameters filled, the period
     * made absolute, and the products limited to the caller's. Naming a product outside them is refused
     * (403), as in search; naming none means all of the caller's.
     */
    public BoundQuery bind(Map<String, String> parameters, Instant now, ProductScope scope) {
        if (hiveql != null) {
            throw new IllegalStateException("a HiveQL query runs in the warehouse: bindInWarehouse");
        }
        Map<String, String> values = parameters == null ? Map.of() : parameters;
        Set<ProductKey> products = filters.products(values);
        products.forEach(scope::require);
        ProductScope within = products.isEmpty() ? scope : scope.intersect(ProductScope.only(products));
        QueryPeriod.Window window = period == null ? new QueryPeriod.Window(null, null) : period.at(now);
        // a series needs an end to lay out its empty intervals: an open period runs up to now
        Instant to = window.to() == null && aggregation != null && aggregation.interval() != null ? now : window.to();
        if (aggregation != null && window.from() != null && to != null) {
            aggregation.checkBuckets(Duration.between(window.from(), to));
        }
        Narrowing narrowing = filters.narrowing(values);
        String words = text == null ? null : text.read(values, QueryDefinition::words);
        FeedbackFilter filter = new FeedbackFilter(words, products.size() == 1 ? products.iterator().next() : null,
                window.from(), to, within, narrowing);
        return new BoundQuery(filter, filters.minRating(), filters.maxRating(), aggregation);
    }

    /**
     * The HiveQL query as a caller who may see {@code scope} runs it: every parameter given (a 400 naming the
     * missing one otherwise), and the warehouse's tables seen through the caller's products.
     */
    public WarehouseQuery bindInWarehouse(Map<String, String> parameters, ProductScope scope) {
        if (hiveql == null) {
            throw new IllegalStateException("only a HiveQL query runs in the warehouse");
        }
        return WarehouseQuery.of(hiveql, parameters == null ? Map.of() : parameters, scope);
    }

    /** The Explorer's limit on words; blank means none. */
    private static String words(String text) {
        if (text.strip().length() > FeedbackFilter.MAX_TEXT) {
            throw new InvalidDefinitionException("text", "text must be at most " + FeedbackFilter.MAX_TEXT
                    + " characters");
        }
        return text;
    }
}
