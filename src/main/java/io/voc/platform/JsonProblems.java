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
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : null;
        if (e instanceof UnrecognizedPropertyException unknown) {
            // the whole path: in a nested body ("definition.filterz") the name alone does not say where
            String name = field != null ? field : unknown.getPropertyName();
            return new Problem("unknown_field", "unknown field '" + name
                    + "'; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")),
                    name);
        }
        if (field == null) {
            return new Problem("malformed_json", "not valid JSON: " + e.getOriginalMessage(), null);
        }
        return new Problem("invalid_field", "field '" + field + "' " + expected(e), field);
    }

    /** {@code a.b[2].c}, as the API's field names read. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
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
