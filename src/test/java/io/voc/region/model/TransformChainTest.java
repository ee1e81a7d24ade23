package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chain: transforms run in order on what the previous one kept, the first drop or reject ends it, every
 * transform's changes are reported under its name, and a transform that throws turns into a reject naming it.
 */
class TransformChainTest {
    private static final VersionMapping V2 = new VersionMapping(2, List.of(),
            Map.of(FieldPath.parse("body"), FieldPath.parse("text")), Map.of());

    private final TransformChain sg = new TransformChain("sg", List.of(
            new SchemaMapping("map-schema", Map.of(2, V2)),
            DropRule.whenEquals("test-traffic", FieldPath.parse("channel"), "test"),
            PiiScrubbing.ofText(),
            new RegionStamping("stamp-region", "sg", "sg")));

    @Test
    void aRecordGoesThroughEveryTransformAndEachOnesChangesAreReportedUnderItsName() {
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("schemaVersion", 2);
        v2.put("channel", "in_app");
        v2.put("body", "退款一直没到账 refund never arrived, call me 9123 4567");

        ChainOutcome outcome = sg.apply(RawFeedback.of(v2));

        assertTrue(outcome.isKept());
        RawFeedback home = outcome.record().orElseThrow();
        assertEquals("退款一直没到账 refund never arrived, call me [PHONE]", home.text("text"));
        assertEquals(1, home.value("schemaVersion"));
        assertEquals("sg", home.value("region"));
        assertEquals("sg", home.attribute("sourceRegion"));
        assertEquals(List.of("map-schema", "test-traffic", "scrub-pii", "stamp-region"),
                List.copyOf(outcome.changes().keySet()));
        assertEquals(Map.of("renamed", 1, "upgraded", 1), outcome.changes().get("map-schema").byKind());
        assertTrue(outcome.changes().get("test-traffic").isEmpty());
        assertEquals(Map.of("PHONE", 1), outcome.changes().get("scrub-pii").byKind());
        assertEquals(Map.of("sourceRegion-stamped", 1, "region-defaulted", 1),
                outcome.changes().get("stamp-region").byKind());
        assertEquals(5, outcome.totalChanges().total());
    }

    @Test
    void theFirstDropEndsTheChainAndEarlierChangesStayReported() {
        List<String> ran = new ArrayList<>();
        TransformChain chain = new TransformChain("sg", List.of(
                PiiScrubbing.ofText(),
                DropRule.whenEquals("test-traffic", FieldPath.parse("channel"), "test"),
                recording("after-drop", ran)));

        ChainOutcome outcome = chain.apply(RawFeedback.of(Map.of("channel", "test", "text", "qa@voc.example")));

        assertTrue(outcome.isDropped());
        assertEquals(Optional.of("test-traffic"), outcome.dropRule());
        assertEquals("test-traffic", outcome.decidedBy());
        assertEquals(Optional.empty(), outcome.record());
        assertEquals(List.of(), ran, "nothing runs after a drop");
        assertEquals(Map.of("EMAIL", 1), outcome.changes().get("scrub-pii").byKind());
    }

    @Test
    void aRejectEndsTheChainWithAReasonNamingTheTransform() {
        ChainOutcome outcome = sg.apply(RawFeedback.of(Map.of("schemaVersion", 4, "channel", "test")));
        assertTrue(outcome.isRejected());
        assertEquals(Optional.of("map-schema: schemaVersion 4 has no mapping in this region; supported versions: "
                + "1 (current), 2. Configure a mapping for version 4 or have the source send a supported version"),
                outcome.rejectReason());
        assertFalse(outcome.isDropped(), "rejected before the drop rule could see it");
    }

    @Test
    void aTransformThatThrowsRejectsTheRecordAndTheChainGoesOn() {
        RecordTransform fragile = new RecordTransform() {
            @Override
            public String name() {
                return "fragile";
            }

            @Override
            public TransformOutcome apply(RawFeedback record) {
                if (record.has("boom")) {
                    throw new IllegalStateException("cannot read field boom");
                }
                return TransformOutcome.unchanged(record);
            }
        };
        TransformChain chain = new TransformChain("sg", List.of(fragile, new RegionStamping("stamp-region", "sg",
                null)));

        ChainOutcome failed = chain.apply(RawFeedback.of(Map.of("boom", true)));
        ChainOutcome next = chain.apply(RawFeedback.of(Map.of("text", "fine")));

        assertEquals(Optional.of("fragile: failed on this record with IllegalStateException: cannot read field boom"),
                failed.rejectReason());
        assertTrue(next.isKept());
        assertEquals("sg", next.record().orElseThrow().attribute("sourceRegion"));
    }

    @Test
    void attributesThatAreNotAnObjectAreSkippedByScrubbingAndRejectedByStamping() {
        TransformChain chain = new TransformChain("sg", List.of(new PiiScrubbing("scrub-pii",
                List.of(FieldPath.parse("attributes.note")), List.of()), new RegionStamping("stamp-region", "sg", null)));
        ChainOutcome outcome = chain.apply(RawFeedback.of(Map.of("text", "hi", "attributes", "vip")));
        assertEquals(Optional.of("stamp-region: attributes is string, not an object, so sourceRegion cannot be "
                + "stamped; the source must send attributes as an object of strings"), outcome.rejectReason());
    }

    @Test
    void anEmptyChainKeepsRecordsUnchanged() {
        RawFeedback record = RawFeedback.of(Map.of("text", "call 91234567"));
        ChainOutcome outcome = new TransformChain("sg", List.of()).apply(record);
        assertEquals(Optional.of(record), outcome.record());
        assertTrue(outcome.totalChanges().isEmpty());
    }

    @Test
    void transformNamesMustBeUnique() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TransformChain("sg",
                List.of(DropRule.whenEquals("drop", FieldPath.parse("channel"), "test"),
                        DropRule.whenMatches("drop", FieldPath.parse("text"), Pattern.compile("^$")))));
        assertEquals("region sg has two transforms named 'drop'; names must be unique so their counts stay apart",
                e.getMessage());
    }

    private static RecordTransform recording(String name, List<String> ran) {
        return new RecordTransform() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TransformOutcome apply(RawFeedback record) {
                ran.add(name);
                return TransformOutcome.unchanged(record);
            }
        };
    }
}
