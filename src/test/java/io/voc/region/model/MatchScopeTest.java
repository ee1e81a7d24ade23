package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The built-in detectors search only the runs of characters their matches are made of (the bridge's hot path).
 * What they find must be exactly what a search of the whole text finds, on texts made to sit PII, digits,
 * separators and letters right against each other.
 */
class MatchScopeTest {
    /** Pieces that make or almost make PII, with the separators and neighbours the patterns look at. */
    private static final String[] PIECES = {
        "4111 1111 1111 1111", "4111-1111-1111-1111", "5500000000000004", "4111111111111112", "+65 9123 4567",
        "+1 (555) 123-4567", "(555) 123-4567", "555.987.6543", "13800138000", "020 7946 0958", "91234567",
        "123-45-6789", "666-12-3456", "S1234567D", "s1234567d", "AB 12 34 56 C", "AB123456C", "110105199003071234",
        "11010519900307123X", "jane.doe+voc@example.co.uk", "a@x.io", "@tripnest", "user@@host", "2026-11-26",
        "2019-2024", "20261126", "1.234.567", "v10.2.3", "#A123456789", "order 123456", "5 stars", "$12.50", "x",
        "-", ".", "+", "(", ")", " ", "  ", "/", "_", "@", "X", "请拨打", "联系我", "é", "12", "1234", "0",
    };

    @Test
    void scopedDetectorsFindExactlyWhatAWholeTextSearchFinds() {
        List<PiiDetector> scoped = new ArrayList<>();
        scoped.add(BuiltInDetectors.emails());
        scoped.addAll(BuiltInDetectors.nationalIds());
        scoped.add(BuiltInDetectors.phones());
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            int digits = MatchScope.digitsIn(text);
            for (PiiDetector detector : scoped) {
                PiiDetector.Scrubbed whole = ((PatternDetector) detector).anywhere().scrub(text);
                assertEquals(whole, detector.scrub(text), detector + " on '" + text + "'");
                if (whole.found() > 0) {
                    assertTrue(detector.mayFind(text, digits), detector + " skips '" + text + "'");
                }
                found += whole.found();
            }
            PiiDetector.Scrubbed cards = new CardNumberDetector(MatchScope.ANYWHERE).scrub(text);
            assertEquals(cards, new CardNumberDetector().scrub(text), "cards in '" + text + "'");
            assertTrue(cards.found() == 0 || new CardNumberDetector().mayFind(text, digits), text);
            found += cards.found();
        }
        assertTrue(found > 10_000, "the texts hold PII to find (" + found + ")");
    }

    @Test
    void runsAreTheStretchesOfMatchCharactersWithEnoughDigits() {
        MatchScope phoneLike = MatchScope.of(MatchScope.DIGITS + "+() .-", 8);
        String text = "call +65 9123 4567 or 12 34, ok";
        List<int[]> runs = phoneLike.runs(text);
        assertEquals(1, runs.size());
        assertEquals(" +65 9123 4567 ", text.substring(runs.get(0)[0], runs.get(0)[1]));
        assertEquals(List.of(), phoneLike.runs("no digits here"));
        assertFalse(phoneLike.mayHold(text, 7));
        assertTrue(phoneLike.mayHold(text, 8));
    }

    @Test
    void aRequiredCharacterNarrowsTheRunsToThoseHoldingIt() {
        MatchScope email = MatchScope.of(MatchScope.LETTERS + MatchScope.DIGITS + "._%+-@", 0, '@');
        String text = "mail jane@example.com, not jane.example.com";
        List<int[]> runs = email.runs(text);
        assertEquals(1, runs.size());
        assertEquals("jane@example.com", text.substring(runs.get(0)[0], runs.get(0)[1]));
        assertFalse(email.mayHold("no at sign", 0));
    }

    @Test
    void aScopeIsAsciiAndItsRequiredCharacterIsOneOfItsOwn() {
        assertThrows(IllegalArgumentException.class, () -> MatchScope.of("0123456789é", 1));
        assertThrows(IllegalArgumentException.class, () -> MatchScope.of("abc", 0, '@'));
        assertThrows(IllegalArgumentException.class, () -> MatchScope.of("", 0));
        assertThrows(IllegalArgumentException.class, () -> MatchScope.of("0", -1));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int p = 0; p < pieces; p++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) {
                text.append(PIECES[random.nextInt(PIECES.length)].charAt(0));
            }
        }
        return text.toString();
    }
}
