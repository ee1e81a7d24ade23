package io.voc.feedback.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final ProductKey PRODUCT = new ProductKey("aurora-music");

    @Test
    void theSameSourceRecordAlwaysGetsTheSameIdentity() {
        Feedback first = receive("gp-1", "Keeps crashing", null, NOW);
        Feedback replay = receive("gp-1", "Keeps crashing (edited)", null, NOW.plusSeconds(3600));
        assertEquals(first.id(), replay.id(), "a source id identifies the record whatever else changed");
        assertNotEquals(first.id(), receive("gp-2", "Keeps crashing", null, NOW).id());
        assertNotEquals(first.id(), Feedback.receive(PRODUCT, Channel.APP_STORE, "gp-1", new FeedbackText("x"),
                null, null, null, null, null, null, null, null, NOW).id(), "the same source id in another channel");
    }

    @Test
    void withoutASourceIdTheContentIsTheIdentity() {
        Instant said = Instant.parse("2026-11-20T10:00:00Z");
        assertEquals(receive(null, "Love it", said, NOW).id(), receive(null, "Love it", said, NOW.plusSeconds(60)).id());
        assertNotEquals(receive(null, "Love it", said, NOW).id(), receive(null, "Love it!", said, NOW).id());
    }

    @Test
    void createdAtDefaultsToReceptionAndMustNotLieInTheFuture() {
        assertEquals(NOW, receive("a", "t", null, NOW).createdAt());
        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class,
                () -> receive("a", "t", NOW.plusSeconds(3 * 24 * 3600), NOW));
        assertEquals("createdAt", e.field());
    }

    @Test
    void normalisesWhatSourcesSpellDifferently() {
        Feedback f = Feedback.receive(new ProductKey(" Aurora-Music "), Channel.parse("Google-Play"), " gp-9 ",
                new FeedbackText("  hi  "), new Rating(5), "zh_CN", "APAC", "5.3.0", "Android", "u-1",
                Attributes.of(Map.of("osVersion", "14", "device", "Pixel 8")), null, NOW);
        assertEquals("aurora-music", f.product().value());
        assertEquals(Channel.GOOGLE_PLAY, f.channel());
        assertEquals("gp-9", f.sourceId());
        assertEquals("hi", f.text().value());
        assertEquals("zh-CN", f.locale());
        assertEquals("apac", f.region());
        assertEquals("android", f.platform());
        assertEquals(List.of("device", "osVersion"), List.copyOf(f.attributes().values().keySet()), "sorted");
    }

    @Test
    void attributesAreBounded() {
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("k" + i, "v");
        }
        assertEquals("attributes", assertThrows(InvalidFeedbackException.class, () -> new Attributes(many)).field());
        assertEquals("attributes", assertThrows(InvalidFeedbackException.class,
                () -> new Attributes(Map.of("bad key", "v"))).field());
        assertEquals("attributes.note", assertThrows(InvalidFeedbackException.class,
                () -> new Attributes(Map.of("note", "x".repeat(1001)))).field());
    }

    private static Feedback receive(String sourceId, String text, Instant createdAt, Instant receivedAt) {
        return Feedback.receive(PRODUCT, Channel.GOOGLE_PLAY, sourceId, new FeedbackText(text), null, null, null,
                null, null, "u-1", null, createdAt, receivedAt);
    }
}
