package io.voc.region.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drop rules: test traffic and empty feedback are left behind under the rule's name, with what matched; real
 * feedback - including one that merely mentions a test - goes on.
 */
class DropRuleTest {
    private final DropRule testTraffic = DropRule.whenEquals("test-traffic", FieldPath.parse("channel"), "test");
    private final DropRule blankText = DropRule.whenMatches("blank-text", FieldPath.parse("text"),
            Pattern.compile("^\\s*$"));

    @Test
    void aTestChannelRecordIsDroppedByTheRuleNamed() {
        TransformOutcome outcome = testTraffic.apply(RawFeedback.of(Map.of("channel", "test", "text", "hello")));
        assertEquals(TransformOutcome.dropped("test-traffic", "channel equals 'test'"), outcome);
    }

    @Test
    void equalsIsExact() {
        assertKept(testTraffic, RawFeedback.of(Map.of("channel", "Test", "text", "hello")));
        assertKept(testTraffic, RawFeedback.of(Map.of("channel", "in_app", "text", "test the new search please")));
        assertKept(testTraffic, RawFeedback.of(Map.of("text", "no channel at all")));
    }

    @Test
    void blankEmptyNullAndMissingTextsAreDropped() {
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("text", null);
        TransformOutcome expected = TransformOutcome.dropped("blank-text", "text matches /^\\s*$/");
        assertEquals(expected, blankText.apply(RawFeedback.of(Map.of("text", "  \n\t "))));
        assertEquals(expected, blankText.apply(RawFeedback.of(Map.of("text", ""))));
        assertEquals(expected, blankText.apply(RawFeedback.of(nullText)));
        assertEquals(expected, blankText.apply(RawFeedback.of(Map.of("rating", 3))));
        assertKept(blankText, RawFeedback.of(Map.of("text", "好用")));
    }

    @Test
    void aRegexIsFoundAnywhereInTheValue() {
        DropRule internal = DropRule.whenMatches("internal", FieldPath.parse("attributes.email"),
                Pattern.compile("@voc\\.example$"));
        assertEquals("internal", ((TransformOutcome.Dropped) internal.apply(RawFeedback.of(Map.of("attributes",
                Map.of("email", "qa.bot@voc.example"))))).rule());
        assertKept(internal, RawFeedback.of(Map.of("attributes", Map.of("email", "voc.example@gmail.com"))));
    }

    @Test
    void numbersAreComparedAsTheirJsonTextObjectsMatchNothing() {
        DropRule zeroRating = DropRule.whenEquals("zero-rating", FieldPath.parse("rating"), "0");
        assertEquals("zero-rating", ((TransformOutcome.Dropped) zeroRating.apply(RawFeedback.of(Map.of("rating", 0))))
                .rule());
        assertKept(zeroRating, RawFeedback.of(Map.of("rating", 5)));
        DropRule anything = DropRule.whenMatches("anything", FieldPath.parse("attributes"), Pattern.compile(".*"));
        assertKept(anything, RawFeedback.of(Map.of("attributes", Map.of("a", "b"))));
    }

    private static void assertKept(DropRule rule, RawFeedback record) {
        assertEquals(TransformOutcome.unchanged(record), rule.apply(record));
    }
}
