package io.voc.query.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.query.model.HiveQl;
import io.voc.query.model.InvalidDefinitionException;
import io.voc.query.model.QueryAggregation;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryFilters;
import io.voc.query.model.QueryPeriod;
import io.voc.query.model.Template;
import io.voc.search.model.Narrowing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A query definition as JSON: the body of the run API and what a saved query stores. Either the typed parts
 * (filters, period, text, aggregation), or {@code hiveql} alone. Unknown fields are
 * refused by Jackson (the app fails on unknown properties), so a typo is an error rather than a filter
 * silently left out; the rules of each value are the model's ({@link #toDefinition}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryDefinitionJson(FiltersJson filters, PeriodJson period, String text, AggregationJson aggregation,
        String hiveql) {

    /** {@code product} for one product, {@code products} for several; every other field is a narrowing field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FiltersJson(String product, List<String> products, String channel, String region, String locale,
            String platform, String appVersion, String sentiment, String topic, String aspect, String keyphrase,
            String persona, Integer minRating, Integer maxRating) {

        String value(Narrowing.Field field) {
            return switch (field) {
                case CHANNEL -> channel;
                case REGION -> region;
                case LOCALE -> locale;
                case PLATFORM -> platform;
                case APP_VERSION -> appVersion;
                case SENTIMENT -> sentiment;
                case TOPIC -> topic;
                case ASPECT -> aspect;
                case KEYPHRASE -> keyphrase;
                case PERSONA -> persona;
            };
        }
    }

    /** Either {@code last} ({@code 7d}) or {@code from} and/or {@code to}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PeriodJson(String from, String to, String last) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AggregationJson(String metric, String groupBy, String interval, Integer size) {
    }

    /** The model; an invalid definition is refused naming the field by its path inside the definition. */
    public QueryDefinition toDefinition() {
        if (hiveql != null) {
            if (filters != null || period != null || text != null || aggregation != null) {
                throw new InvalidDefinitionException("hiveql", "a hiveql query has no filters, period, text or "
                        + "aggregation: write them in the HiveQL");
            }
            return QueryDefinition.warehouse(HiveQl.of(hiveql));
        }
        return new QueryDefinition(filters == null ? null : filters(filters),
                period == null ? null : QueryPeriod.of(period.from, period.to, period.last),
                text == null ? null : new Template("text", text),
                aggregation == null ? null : QueryAggregation.of(aggregation.metric, aggregation.groupBy,
                        aggregation.interval, aggregation.size));
    }

    private static QueryFilters filters(FiltersJson json) {
        if (json.product != null && json.products != null) {
            throw new InvalidDefinitionException("filters.products",
                    "filters takes product (one) or products (several), not both");
        }
        List<Template> products = new ArrayList<>();
        if (json.product != null) {
            products.add(new Template("filters.product", json.product));
        }
        for (int i = 0; json.products != null && i < json.products.size(); i++) {
            String product = json.products.get(i);
            if (product == null) {
                throw new InvalidDefinitionException("filters.products[" + i + "]", "a product must not be null");
            }
            products.add(new Template("filters.products[" + i + "]", product));
        }
        Map<Narrowing.Field, Template> values = new EnumMap<>(Narrowing.Field.class);
        for (Narrowing.Field field : Narrowing.Field.values()) {
            String value = json.value(field);
            if (value != null && !value.isBlank()) {
                values.put(field, new Template("filters." + field.parameter(), value));
            }
        }
        return new QueryFilters(products, values, json.minRating, json.maxRating);
    }

    /** The JSON of a definition, as written (a day stays a day, {@code 7d} stays {@code 7d}): for storing it. */
    public static QueryDefinitionJson of(QueryDefinition definition) {
        if (definition.inWarehouse()) {
            return new QueryDefinitionJson(null, null, null, null, definition.hiveql().text().raw());
        }
        return new QueryDefinitionJson(filters(definition.filters()), period(definition.period()),
                definition.text() == null ? null : definition.text().raw(), aggregation(definition.aggregation()), null);
    }

    private static FiltersJson filters(QueryFilters filters) {
        List<String> products = filters.products().stream().map(Template::raw).toList();
        Map<Narrowing.Field, Template> v = filters.values();
        Function<Narrowing.Field, String> raw = f -> v.containsKey(f) ? v.get(f).raw() : null;
        return new FiltersJson(products.size() == 1 ? products.get(0) : null, products.size() > 1 ? products : null,
                raw.apply(Narrowing.Field.CHANNEL), raw.apply(Narrowing.Field.REGION),
                raw.apply(Narrowing.Field.LOCALE), raw.apply(Narrowing.Field.PLATFORM),
                raw.apply(Narrowing.Field.APP_VERSION), raw.apply(Narrowing.Field.SENTIMENT),
                raw.apply(Narrowing.Field.TOPIC), raw.apply(Narrowing.Field.ASPECT),
                raw.apply(Narrowing.Field.KEYPHRASE), raw.apply(Narrowing.Field.PERSONA), filters.minRating(),
                filters.maxRating());
    }

    private static PeriodJson period(QueryPeriod period) {
        if (period instanceof QueryPeriod.Last last) {
            return new PeriodJson(null, null, last.raw());
        }
        return period instanceof QueryPeriod.Between between
                ? new PeriodJson(between.rawFrom(), between.rawTo(), null) : null;
    }

    private static AggregationJson aggregation(QueryAggregation aggregation) {
        if (aggregation == null) {
            return null;
        }
        return new AggregationJson(aggregation.metric().wireName(),
                aggregation.groupBy() == null ? null : aggregation.groupBy().parameter(),
                aggregation.interval() == null ? null : aggregation.interval().wireName(), aggregation.size());
    }
}
