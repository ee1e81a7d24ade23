package io.voc.query.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.QueryDefinitionCheck;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * TEMPORARY: only requires a JSON object. The typed query model (io.voc.query.model.QueryDefinition, branch
 * query-model) is written at the same time; at the merge this is replaced by a check that parses the
 * definition with it (refusing unknown fields, naming the field) and answers its canonical JSON.
 */
@ApplicationScoped
class JsonObjectDefinitionCheck implements QueryDefinitionCheck {

    @Override
    public JsonNode canonical(JsonNode definition) {
        if (definition == null || !definition.isObject()) {
            throw new InvalidInputException("definition", "definition must be a JSON object");
        }
        return definition;
    }
}
