package io.voc.query.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.voc.platform.JsonProblems;
import io.voc.query.model.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

/** A definition as JSON: what a saved query will store, read back to the same definition. */
class QueryDefinitionJsonTest {
    private final ObjectMapper json = new ObjectMapper(); // fails on unknown properties, as the app does

    @Test
    void aDefinitionSurvivesTheRoundTripAsWritten() throws Exception {
        String written = """
                {"filters":{"product":"{{product}}","appVersion":"{{version}}","channel":"google_play","minRating":1,"maxRating":2},\
                "period":{"last":"7d"},"text":"crash -login",\
                "aggregation":{"metric":"share_negative","groupBy":"region","interval":"day","size":5}}""";
        QueryDefinitionJson read = json.readValue(written, QueryDefinitionJson.class);
        QueryDefinitionJson again = QueryDefinitionJson.of(read.toDefinition());
        assertEquals(json.readTree(written), json.valueToTree(again));
        assertEquals(read.toDefinition(), again.toDefinition());
    }

    @Test
    void aHiveQlDefinitionIsStoredAsWritten() throws Exception {
        String written = "{\"hiveql\":\"SELECT dt, count(*) FROM feedback WHERE product = {{product}} GROUP BY dt\"}";
        QueryDefinitionJson read = json.readValue(written, QueryDefinitionJson.class);
        assertEquals(json.readTree(written), json.valueToTree(QueryDefinitionJson.of(read.toDefinition())));
        assertEquals("hiveql", assertThrows(InvalidDefinitionException.class, () -> json.readValue(
                "{\"hiveql\":\"SELECT 1 FROM feedback\",\"text\":\"login\"}", QueryDefinitionJson.class)
                .toDefinition()).field());
    }

    @Test
    void aDayStaysADay() throws Exception {
        String written = "{\"filters\":{\"products\":[\"a\",\"b\"]},\"period\":{\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"}}";
        assertEquals(json.readTree(written),
                json.valueToTree(QueryDefinitionJson.of(json.readValue(written, QueryDefinitionJson.class).toDefinition())));
    }

    @Test
    void anUnknownFieldIsNamedByItsPath() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> json.readValue("{\"filters\":{\"appVersionz\":\"1\"}}", QueryDefinitionJson.class));
        assertEquals("filters.appVersionz", JsonProblems.describe(e).field());
    }

    @Test
    void productAndProductsTogetherAreAmbiguous() throws Exception {
        QueryDefinitionJson both = json.readValue("{\"filters\":{\"product\":\"a\",\"products\":[\"b\"]}}",
                QueryDefinitionJson.class);
        assertEquals("filters.products", assertThrows(InvalidDefinitionException.class, both::toDefinition).field());
    }
}
