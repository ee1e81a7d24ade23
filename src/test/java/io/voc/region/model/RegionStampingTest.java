package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Region stamping: every bridged record says which regional cluster it came from, a client's different claim is
 * overwritten (and counted), a replay changes nothing, and records without a region get the configured default.
 */
class RegionStampingTest {
    private final RegionStamping stampSg = new RegionStamping("stamp-region", "SG", null);

    @Test
    void aRecordWithoutAttributesGetsThemWithTheSourceRegion() {
        TransformOutcome.Kept kept = kept(stampSg, RawFeedback.of(Map.of("text", "slow checkout", "region", "sg")));
        assertEquals(Map.of("sourceRegion", "sg"), kept.record().attributes());
        assertEquals(Map.of("sourceRegion-stamped", 1), kept.changes().byKind());
    }

    @Test
    void existingAttributesAreKept() {
        RawFeedback record = RawFeedback.of(Map.of("text", "slow", "attributes", Map.of("screen", "checkout")));
        TransformOutcome.Kept kept = kept(stampSg, record);
        assertEquals("checkout", kept.record().attribute("screen"));
        assertEquals("sg", kept.record().attribute("sourceRegion"));
    }

    @Test
    void anotherSourceRegionIsOverwrittenAndCountedApart() {
        RawFeedback record = RawFeedback.of(Map.of("text", "slow", "attributes", Map.of("sourceRegion", "us")));
        TransformOutcome.Kept kept = kept(stampSg, record);
        assertEquals("sg", kept.record().attribute("sourceRegion"));
        assertEquals(Map.of("sourceRegion-overwritten", 1), kept.changes().byKind());
    }

    @Test
    void aReplayedRecordIsStampedOnlyOnce() {
        RawFeedback once = kept(stampSg, RawFeedback.of(Map.of("text", "slow"))).record();
        TransformOutcome.Kept again = kept(stampSg, once);
        assertEquals(once, again.record());
        assertTrue(again.changes().isEmpty());
    }

    @Test
    void aRecordWithoutRegionGetsTheDefaultOneWithARegionKeepsIt() {
        RegionStamping withDefault = new RegionStamping("stamp-region", "sg", "sg");
        Map<String, Object> nullRegion = new HashMap<>(Map.of("text", "slow"));
        nullRegion.put("region", null);

        assertEquals("sg", kept(withDefault, RawFeedback.of(Map.of("text", "slow"))).record().value("region"));
        assertEquals("sg", kept(withDefault, RawFeedback.of(nullRegion)).record().value("region"));
        TransformOutcome.Kept blank = kept(withDefault, RawFeedback.of(Map.of("text", "slow", "region", " ")));
        assertEquals("sg", blank.record().value("region"));
        assertEquals(Map.of("sourceRegion-stamped", 1, "region-defaulted", 1), blank.changes().byKind());
        assertEquals("my", kept(withDefault, RawFeedback.of(Map.of("region", "my"))).record().value("region"),
                "a user's own region is never replaced");
    }

    @Test
    void withoutADefaultARecordWithoutRegionStaysWithout() {
        assertNull(kept(stampSg, RawFeedback.of(Map.of("text", "slow"))).record().value("region"));
    }

    @Test
    void attributesThatAreNotAnObjectAreRejected() {
        TransformOutcome outcome = stampSg.apply(RawFeedback.of(Map.of("text", "slow", "attributes", "vip")));
        String reason = assertInstanceOf(TransformOutcome.Rejected.class, outcome).reason();
        assertTrue(reason.startsWith("attributes is string, not an object, so sourceRegion cannot be stamped"), reason);
    }

    @Test
    void aRegionNameMustBeASlug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegionStamping("stamp-region", "south east", null));
        assertTrue(e.getMessage().contains("'south east'"), e.getMessage());
    }

    private static TransformOutcome.Kept kept(RegionStamping stamping, RawFeedback record) {
        return assertInstanceOf(TransformOutcome.Kept.class, stamping.apply(record));
    }
}
