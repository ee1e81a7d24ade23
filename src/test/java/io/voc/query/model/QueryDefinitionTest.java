package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductNotGrantedException;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The definition on its own: what it means at a given moment, and how it names what is wrong. */
class QueryDefinitionTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:30:00Z");
    private static final ProductScope ALL = ProductScope.allProducts();

    @ParameterizedTest(name = "last {0}")
    @CsvSource({ "24h, PT24H", "7d, P7D", "4w, P28D", "7 d, P7D" })
    void aRelativePeriodEndsWhenTheQueryRuns(String last, Duration length) {
        FeedbackFilter filter = new QueryDefinition(null, QueryPeriod.of(null, null, last), null, null)
                .bind(Map.of(), NOW, ALL).filter();
        assertEquals(NOW.minus(length), filter.from());
        assertEquals(NOW, filter.to());
    }

    @Test
    void aFixedPeriodTakesDaysAsWholeUtcDays() {
        FeedbackFilter filter = new QueryDefinition(null, QueryPeriod.of("2026-10-01", "2026-10-31", null), null, null)
                .bind(Map.of(), NOW, ALL).filter();
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.to());
    }

    @Test
    void parametersAreFilledInFilterValuesAndText() {
        QueryDefinition definition = new QueryDefinition(
                filters(List.of("{{product}}"), Map.of(Narrowing.Field.APP_VERSION, "{{ version }}")), null,
                new Template("text", "crash {{word}}"), null);
        assertEquals(Set.of("product", "version", "word"), definition.parameters());

        FeedbackFilter filter = definition.bind(Map.of("product", "pocketbank", "version", "3.9.0", "word", "login",
                "unused", "x"), NOW, ALL).filter();
        assertEquals(new ProductKey("pocketbank"), filter.product());
        assertEquals("3.9.0", filter.narrowing().value(Narrowing.Field.APP_VERSION));
        assertEquals("crash login", filter.text());
    }

    @Test
    void aMissingParameterIsNamed() {
        QueryDefinition definition = new QueryDefinition(filters(List.of("{{product}}"), Map.of()), null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> definition.bind(Map.of("version", "1"), NOW, ALL));
        assertEquals("parameters.product", e.field());
        assertTrue(e.getMessage().contains("filters.product"), e.getMessage());
    }

    @Test
    void aFilledValueBreakingTheFieldsRulesNamesTheParameter() {
        QueryDefinition definition = new QueryDefinition(
                filters(List.of(), Map.of(Narrowing.Field.CHANNEL, "{{channel}}")), null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> definition.bind(Map.of("channel", "fax"), NOW, ALL));
        assertEquals("parameters.channel", e.field());
    }

    @Test
    void aLiteralValueIsCheckedWhenTheDefinitionIsMade() {
        InvalidInputException channel = assertThrows(InvalidDefinitionException.class,
                () -> filters(List.of(), Map.of(Narrowing.Field.CHANNEL, "fax")));
        assertEquals("filters.channel", channel.field());
        InvalidInputException product = assertThrows(InvalidDefinitionException.class,
                () -> filters(List.of("My App"), Map.of()));
        assertEquals("filters.products[0]", product.field());
        InvalidInputException placeholder = assertThrows(InvalidDefinitionException.class,
                () -> filters(List.of("{{pro duct}}"), Map.of()));
        assertEquals("filters.products[0]", placeholder.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from not a date     | period.from | 2026-13-01 |            |
            to not a date       | period.to   |            | yesterday  |
            empty window        | period.to   | 2026-10-05 | 2026-10-01 |
            last of months      | period.last |            |            | 3m
            last of zero days   | period.last |            |            | 0d
            last too long       | period.last |            |            | 800d
            last and from       | period.last | 2026-10-01 |            | 7d
            nothing at all      | period      |            |            |
            """)
    void aBadPeriodIsNamed(String caseName, String field, String from, String to, String last) {
        assertEquals(field, assertThrows(InvalidDefinitionException.class, () -> QueryPeriod.of(from, to, last)).field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown metric   | aggregation.metric   | median | channel | day
            no metric        | aggregation.metric   |        | channel |
            unknown group    | aggregation.groupBy  | count  | colour  |
            unknown interval | aggregation.interval | count  |         | fortnight
            """)
    void aBadAggregationIsNamed(String caseName, String field, String metric, String groupBy, String interval) {
        assertEquals(field, assertThrows(InvalidDefinitionException.class,
                () -> QueryAggregation.of(metric, groupBy, interval, null)).field());
    }

    @Test
    void aSeriesNeedsAPeriodAndAReadableNumberOfBuckets() {
        QueryAggregation hourly = QueryAggregation.of("count", null, "hour", null);
        assertEquals("aggregation.interval", assertThrows(InvalidDefinitionException.class,
                () -> new QueryDefinition(null, null, null, hourly)).field());
        assertEquals("aggregation.interval", assertThrows(InvalidDefinitionException.class,
                () -> new QueryDefinition(null, QueryPeriod.of(null, null, "365d"), null, hourly)).field());
        QueryAggregation daily = QueryAggregation.of("count", "topic", "day", 100);
        assertEquals("aggregation.size", assertThrows(InvalidDefinitionException.class,
                () -> new QueryDefinition(null, QueryPeriod.of(null, null, "365d"), null, daily)).field());
        // an open end runs to the moment of the run: the series stops there
        FeedbackFilter open = new QueryDefinition(null, QueryPeriod.of("2026-11-01", null, null), null, daily)
                .bind(Map.of(), NOW, ALL).filter();
        assertEquals(NOW, open.to());
    }

    @Test
    void theCallersScopeIsAppliedAndAnotherProductRefused() {
        ProductScope pocketbank = ProductScope.only(Set.of(new ProductKey("pocketbank")));
        BoundQuery all = new QueryDefinition(null, null, null, null).bind(Map.of(), NOW, pocketbank);
        assertEquals(pocketbank, all.filter().scope());
        assertNull(all.filter().product());

        QueryDefinition other = new QueryDefinition(filters(List.of("{{product}}"), Map.of()), null, null, null);
        assertThrows(ProductNotGrantedException.class, () -> other.bind(Map.of("product", "aurora"), NOW, pocketbank));
    }

    @Test
    void severalProductsNarrowTheScopeToThem() {
        BoundQuery query = new QueryDefinition(filters(List.of("a", "b"), Map.of()), null, null, null)
                .bind(Map.of(), NOW, ALL);
        assertEquals(ProductScope.only(Set.of(new ProductKey("a"), new ProductKey("b"))), query.filter().scope());
        assertNull(query.filter().product());
    }

    @Test
    void ratingsMustBeStarsInOrder() {
        assertEquals("filters.minRating", assertThrows(InvalidDefinitionException.class,
                () -> new QueryFilters(List.of(), Map.of(), 0, null)).field());
        assertEquals("filters.maxRating", assertThrows(InvalidDefinitionException.class,
                () -> new QueryFilters(List.of(), Map.of(), 4, 2)).field());
    }

    @Test
    void aHiveQlQueryIsHiveQlAloneAndSeesOnlyTheRunnersProducts() {
        HiveQl hiveql = HiveQl.of("SELECT count(*) FROM feedback WHERE channel = {{channel}}");
        assertEquals("hiveql", assertThrows(InvalidDefinitionException.class, () -> new QueryDefinition(
                filters(List.of("pocketbank"), Map.of()), null, null, null, hiveql)).field());
        QueryDefinition definition = QueryDefinition.warehouse(hiveql);
        assertEquals(Set.of("channel"), definition.parameters());
        assertThrows(IllegalStateException.class, () -> definition.bind(Map.of(), NOW, ALL), "not for Elasticsearch");

        assertEquals("parameters.channel", assertThrows(InvalidInputException.class,
                () -> definition.bindInWarehouse(Map.of(), ALL)).field());
        ProductScope two = ProductScope.only(Set.of(new ProductKey("zeta"), new ProductKey("alpha")));
        String statement = definition.bindInWarehouse(Map.of("channel", "o'brien"), two)
                .statement("voc", v -> "'" + v.replace("'", "\\'") + "'");
        assertTrue(statement.startsWith("WITH feedback AS (SELECT * FROM voc.feedback WHERE product IN ('alpha', "
                + "'zeta')), user_profile AS (SELECT * FROM voc.user_profile)"), statement);
        assertTrue(statement.endsWith("WHERE channel = 'o\\'brien'"), statement);
        assertTrue(definition.bindInWarehouse(Map.of("channel", "x"), ALL).statement("voc", v -> "'" + v + "'")
                .startsWith("WITH feedback AS (SELECT * FROM voc.feedback), "), "an admin sees every product");
    }

    private static QueryFilters filters(List<String> products, Map<Narrowing.Field, String> values) {
        List<Template> productTemplates = new java.util.ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            productTemplates.add(new Template("filters.products[" + i + "]", products.get(i)));
        }
        Map<Narrowing.Field, Template> templates = new java.util.EnumMap<>(Narrowing.Field.class);
        values.forEach((field, value) -> templates.put(field, new Template("filters." + field.parameter(), value)));
        return new QueryFilters(productTemplates, templates, null, null);
    }
}
