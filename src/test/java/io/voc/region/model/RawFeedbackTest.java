package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RawFeedback holds JSON values only, keeps field order, and never changes once made. */
class RawFeedbackTest {

    @Test
    void fieldOrderIsKeptAndANewFieldGoesLast() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", 1);
        fields.put("text", "great");
        fields.put("rating", 5);
        RawFeedback record = RawFeedback.of(fields).with("region", "sg").with("text", "great!");
        assertEquals(List.of("schemaVersion", "text", "rating", "region"), List.copyOf(record.fields().keySet()));
        assertEquals("great!", record.text("text"));
    }

    @Test
    void changingTheSourceMapAfterwardsChangesNothing() {
        Map<String, Object> attributes = new LinkedHashMap<>(Map.of("note", "a"));
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("text", "hi", "attributes", attributes));
        RawFeedback record = RawFeedback.of(fields);
        attributes.put("note", "changed");
        fields.put("text", "changed");
        assertEquals("a", record.attribute("note"));
        assertEquals("hi", record.text("text"));
        assertThrows(UnsupportedOperationException.class, () -> record.attributes().put("x", "y"));
    }

    @Test
    void onlyJsonValuesAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RawFeedback.of(Map.of("attributes", Map.of("at", Instant.EPOCH))));
        assertEquals("'attributes.at' holds a java.time.Instant, which is not a JSON value", e.getMessage());
        List<Object> tags = new ArrayList<>();
        tags.add("a");
        tags.add(null);
        assertEquals(tags, RawFeedback.of(Map.of("tags", tags)).value("tags"), "arrays may hold nulls");
    }

    @Test
    void attributesAreCreatedWhenMissingAndWithoutLeavesOthers() {
        RawFeedback record = RawFeedback.of(Map.of("text", "hi")).withAttribute("screen", "cart");
        assertEquals(Map.of("screen", "cart"), record.attributes());
        assertSame(record, record.without("missing"));
        assertNull(record.without("text").value("text"));
        assertNull(record.text("attributes"), "text() is for strings only");
    }

    @Test
    void pathsReadAndWriteNestedObjects() {
        RawFeedback record = RawFeedback.of(Map.of("attributes", Map.of("note", "x", "screen", "cart")));
        FieldPath note = FieldPath.parse("attributes.note");
        assertEquals("x", record.value(note));
        assertEquals(Map.of("screen", "cart"), record.without(note).attributes());
        assertEquals("y", record.with(FieldPath.parse("meta.origin.app"), "y").value(FieldPath.parse("meta.origin.app")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RawFeedback.of(Map.of("meta", "flat")).with(FieldPath.parse("meta.origin"), "y"));
        assertEquals("meta is string, not an object, so meta.origin cannot be set", e.getMessage());
    }

    @Test
    void aFieldPathIsCheckedWhenParsed() {
        assertThrows(IllegalArgumentException.class, () -> FieldPath.parse("attributes..note"));
        assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(" "));
        assertEquals("attributes.note", FieldPath.parse(" attributes.note ").toString());
    }
}
