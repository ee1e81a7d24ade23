package io.voc.query.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.voc.platform.JsonProblems;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.QueryDefinitionCheck;
import io.voc.query.application.QueryDefinitionJson;
import io.voc.query.model.InvalidDefinitionException;
import io.voc.query.model.QueryDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A saved query's definition is checked by the query model itself - the same rules as running one
 * ({@code POST /api/v1/queries/run}): unknown fields, bad dates, metrics, groupings are refused naming the
 * field under {@code definition}. What is stored is the model's own JSON of it, so saving the same query
 * written differently (spacing, field order, "Android" for "android") is no new version.
 */
@ApplicationScoped
class ModelDefinitionCheck implements QueryDefinitionCheck {
    private final ObjectMapper json;
    private final ObjectReader reader;

    ModelDefinitionCheck(ObjectMapper json) {
        this.json = json;
        this.reader = json.readerFor(QueryDefinitionJson.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public JsonNode canonical(JsonNode definition) {
        if (definition == null || !definition.isObject()) {
            throw new InvalidInputException("definition", "definition must be a JSON object");
        }
        try {
            QueryDefinitionJson parsed = reader.readValue(definition);
            return json.valueToTree(QueryDefinitionJson.of(parsed.toDefinition()));
        } catch (InvalidDefinitionException e) {
            throw new InvalidInputException("definition." + e.field(), e.getMessage());
        } catch (JsonProcessingException e) {
            JsonProblems.Problem problem = JsonProblems.describe(e);
            throw new InvalidInputException(problem.field() == null ? "definition" : "definition." + problem.field(),
                    problem.message());
        } catch (java.io.IOException e) {
            throw new InvalidInputException("definition", "definition is not readable: " + e.getMessage());
        }
    }

    @Override
    public QueryDefinition read(String stored) {
        try {
            return reader.<QueryDefinitionJson>readValue(stored).toDefinition();
        } catch (java.io.IOException e) {
            // it was checked when it was saved: a stored one that no longer reads is a bug, not bad input
            throw new IllegalStateException("a stored query definition no longer reads: " + e.getMessage(), e);
        }
    }
}
