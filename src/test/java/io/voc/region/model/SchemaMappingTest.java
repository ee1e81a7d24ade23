package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schema mapping: a version 2 record (body, stars, deviceModel) arrives as version 1 (text, rating), versions
 * without a mapping and versions that are not whole numbers are rejected with a reason saying what is supported.
 */
class SchemaMappingTest {
    private static final VersionMapping V2 = new VersionMapping(2, List.of(FieldPath.parse("deviceModel")),
            linked(FieldPath.parse("body"), FieldPath.parse("text"), FieldPath.parse("stars"), FieldPath.parse("rating")),
            Map.of(FieldPath.parse("channel"), "in_app"));
    private final SchemaMapping mapping = new SchemaMapping("map-schema", Map.of(2, V2));

    @Test
    void aVersionTwoRecordBecomesVersionOne() {
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("schemaVersion", 2);
        v2.put("product", "shop");
        v2.put("body", "配送太慢了 delivery took two weeks");
        v2.put("stars", 2);
        v2.put("deviceModel", "Pixel 9");

        TransformOutcome.Kept kept = assertInstanceOf(TransformOutcome.Kept.class, mapping.apply(RawFeedback.of(v2)));

        Map<String, Object> v1 = new LinkedHashMap<>();
        v1.put("schemaVersion", 1);
        v1.put("product", "shop");
        v1.put("text", "配送太慢了 delivery took two weeks");
        v1.put("rating", 2);
        v1.put("channel", "in_app");
        assertEquals(v1, kept.record().fields());
        assertEquals(Map.of("removed", 1, "renamed", 2, "defaulted", 1, "upgraded", 1), kept.changes().byKind());
    }

    @Test
    void aDefaultNeverReplacesAValueTheRecordHas() {
        RawFeedback v2 = RawFeedback.of(Map.of("schemaVersion", 2, "body", "ok", "channel", "survey"));
        TransformOutcome.Kept kept = assertInstanceOf(TransformOutcome.Kept.class, mapping.apply(v2));
        assertEquals("survey", kept.record().value("channel"));
        assertEquals(0, kept.changes().count("defaulted"));
    }

    @Test
    void versionOneAndRecordsWithoutAVersionPassUnchanged() {
        RawFeedback v1 = RawFeedback.of(Map.of("schemaVersion", 1, "text", "fine", "stars", 3));
        RawFeedback unversioned = RawFeedback.of(Map.of("text", "fine"));
        assertEquals(TransformOutcome.unchanged(v1), mapping.apply(v1));
        assertEquals(TransformOutcome.unchanged(unversioned), mapping.apply(unversioned));
    }

    @Test
    void aVersionWithoutMappingIsRejectedNamingItAndWhatIsSupported() {
        TransformOutcome outcome = mapping.apply(RawFeedback.of(Map.of("schemaVersion", 3, "content", "hi")));
        assertEquals("schemaVersion 3 has no mapping in this region; supported versions: 1 (current), 2. "
                + "Configure a mapping for version 3 or have the source send a supported version",
                assertInstanceOf(TransformOutcome.Rejected.class, outcome).reason());
    }

    @Test
    void aSchemaVersionThatIsNotAWholeNumberIsRejected() {
        assertEquals("schemaVersion must be a whole number, got string \"2\"; supported versions: 1 (current), 2",
                reason(mapping.apply(RawFeedback.of(Map.of("schemaVersion", "2", "body", "x")))));
        assertEquals("schemaVersion must be a whole number, got number 2.5; supported versions: 1 (current), 2",
                reason(mapping.apply(RawFeedback.of(Map.of("schemaVersion", 2.5, "body", "x")))));
    }

    @Test
    void twoPointZeroIsVersionTwo() {
        TransformOutcome outcome = mapping.apply(RawFeedback.of(Map.of("schemaVersion", 2.0, "body", "x")));
        assertEquals("x", assertInstanceOf(TransformOutcome.Kept.class, outcome).record().value("text"));
    }

    @Test
    void aRecordWithBothTheOldAndTheNewFieldIsRejectedRatherThanLosingOne() {
        TransformOutcome outcome = mapping.apply(RawFeedback.of(Map.of("schemaVersion", 2, "body", "old",
                "text", "new")));
        assertEquals("a version 2 record has both body and text, which body is renamed to; keeping either would "
                + "lose the other", reason(outcome));
    }

    @Test
    void fieldsCanMoveIntoAttributes() {
        VersionMapping v3 = new VersionMapping(3, List.of(),
                linked(FieldPath.parse("meta.note"), FieldPath.parse("attributes.note")), Map.of());
        SchemaMapping nested = new SchemaMapping("map-schema", Map.of(3, v3));
        RawFeedback record = RawFeedback.of(Map.of("schemaVersion", 3, "meta", Map.of("note", "vip"),
                "attributes", Map.of("screen", "cart")));

        RawFeedback mapped = assertInstanceOf(TransformOutcome.Kept.class, nested.apply(record)).record();

        assertEquals(Map.of("screen", "cart", "note", "vip"), mapped.attributes());
        assertEquals(Map.of(), mapped.value("meta"), "the emptied object stays; remove it with remove=meta");
    }

    @Test
    void versionOneCannotBeMappedAndTwoFieldsCannotBecomeOne() {
        assertThrows(IllegalArgumentException.class, () -> new VersionMapping(1, List.of(), Map.of(), Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VersionMapping(2,
                List.of(), linked(FieldPath.parse("body"), FieldPath.parse("text"), FieldPath.parse("comment"),
                FieldPath.parse("text")), Map.of()));
        assertEquals("version 2 renames two fields to text; one value would be lost", e.getMessage());
    }

    private static String reason(TransformOutcome outcome) {
        return assertInstanceOf(TransformOutcome.Rejected.class, outcome).reason();
    }

    private static Map<FieldPath, FieldPath> linked(FieldPath... fromTo) {
        Map<FieldPath, FieldPath> map = new LinkedHashMap<>();
        for (int i = 0; i < fromTo.length; i += 2) {
            map.put(fromTo[i], fromTo[i + 1]);
        }
        return map;
    }
}
