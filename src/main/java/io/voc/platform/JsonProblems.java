package io.voc.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;
import java.util.stream.Collectors;

/** Says, in the API's words, what is wrong with a piece of JSON a source sent. */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** {@code code} is malformed_json, unknown_field or invalid_field; {@code field} may be null. */
    public record Problem(String code, String message, String field) {
        /** One line for logs and dead-letter headers. */
        @Override
        public String toString() {
            return code + (field == null ? "" : " " + field) + ": " + message;
        }
    }

    public static Problem describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem("unknown_field", "unknown field '" + unknown.getPropertyName()
                    + "'; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")),
                    unknown.getPropertyName());
        }
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        if (field == null) {
            return new Problem("malformed_json", "not valid JSON: " + e.getOriginalMessage(), null);
        }
        return new Problem("invalid_field", "field '" + field + "' " + expected(e), field);
    }

    /** What the field should have been, in words a caller understands (not Java type names). */
    private static String expected(JsonProcessingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String got = e instanceof InvalidFormatException f ? " (got " + f.getValue() + ")" : "";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number" + got;
        }
        if (type == String.class) {
            return "must be a string" + got;
        }
        if (type != null && Map.class.isAssignableFrom(type)) {
            return "must be an object of string values" + got;
        }
        return "has the wrong type: " + e.getOriginalMessage();
    }
}
