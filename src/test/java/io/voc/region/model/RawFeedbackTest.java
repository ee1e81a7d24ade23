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
    void anAdoptedRecordIsTheSameRecordMadeReadOnlyWhereItIs() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", "hi");
        fields.put("tags", new ArrayList<>(List.of("a", new LinkedHashMap<>(Map.of("deep", 1)))));
        fields.put("attributes", new LinkedHashMap<>(Map.of("note", "a")));
        RawFeedback expected = RawFeedback.of(fields);
        RawFeedback adopted = RawFeedback.adopt(fields);
        assertEquals(expected, adopted);
        assertEquals(List.of("text", "tags", "attributes"), List.copyOf(adopted.fields().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> adopted.fields().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> adopted.attributes().put("x", "y"));
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) adopted.value("tags");
        assertThrows(UnsupportedOperationException.class, () -> tags.add("b"));
        @SuppressWarnings("unchecked")
        Map<String, Object> deep = (Map<String, Object>) tags.get(1);
        assertThrows(UnsupportedOperationException.class, () -> deep.put("x", 2));
        Map<String, Object> bad = new LinkedHashMap<>(Map.of("attributes", new LinkedHashMap<>(Map.of("at",
                Instant.EPOCH))));
        assertEquals("'attributes.at' holds a java.time.Instant, which is not a JSON value",
                assertThrows(IllegalArgumentException.class, () -> RawFeedback.adopt(bad)).getMessage());
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
