package io.voc.query.application;

import com.fasterxml.jackson.databind.JsonNode;

/** What an edit asks to change; null leaves a part as it is (an empty description clears it). */
public record QueryEdit(String name, String description, JsonNode definition) {
}
