package io.voc.query.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.voc.query.model.QueryDefinition;

/**
 * Checks a query definition before it is saved and gives it in canonical form, so that saving the same
 * query twice is no change and a version shows what the query really is.
 */
public interface QueryDefinitionCheck {

    /**
     * The definition as it is stored.
     *
     * @throws io.voc.platform.model.InvalidInputException naming the field (e.g. {@code definition} or
     *         {@code definition.filters.channel}) when the definition breaks a rule
     */
    JsonNode canonical(JsonNode definition);

    /** A stored definition (as {@link #canonical} gave it), to run it. */
    QueryDefinition read(String stored);
}
