package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Conditions on a scheduled query's number: thresholds, week-over-week changes, and what is refused. */
class AlertConditionTest {

    @Test
    void aThresholdComparesTheNumberItself() {
        AlertCondition moreThan50 = AlertCondition.of("count", ">", 50.0, null);
        assertTrue(moreThan50.holds(51.0, null));
        assertFalse(moreThan50.holds(50.0, null), "> is strict");
        assertTrue(AlertCondition.of("count", ">=", 50.0, null).holds(50.0, null));
        assertTrue(AlertCondition.of("avg_sentiment", "<", -0.2, null).holds(-0.3, null));
        assertFalse(AlertCondition.of("avg_sentiment", "<=", -0.2, null).holds(-0.1, null));
        assertEquals(Optional.empty(), moreThan50.changeWindow());
        assertEquals("count > 50", moreThan50.describe());
    }

    @Test
    void shareNegativeRoseByTenPointsWeekOverWeek() {
        AlertCondition rose = AlertCondition.of("share_negative", ">=", 0.10, "7d");
        assertEquals(Optional.of(Duration.ofDays(7)), rose.changeWindow());
        assertTrue(rose.holds(0.35, 0.25), "exactly 10 points, despite 0.35 - 0.25 being 0.0999... in doubles");
        assertTrue(rose.holds(0.50, 0.20));
        assertFalse(rose.holds(0.34, 0.25), "9 points");
        assertFalse(rose.holds(0.20, 0.35), "a fall");
        assertFalse(rose.holds(0.90, 0.90), "high but steady: the change is what counts");
        assertEquals("share_negative >= 0.1 change over 7d", rose.describe());

        AlertCondition fell = AlertCondition.of("avg_sentiment", "<=", -0.3, "1W");
        assertEquals(Optional.of(Duration.ofDays(7)), fell.changeWindow());
        assertTrue(fell.holds(-0.5, -0.1));
        assertFalse(fell.holds(-0.5, -0.3));
    }

    @Test
    void aMissingNumberNeverAlerts() {
        // nothing analysed: no sentiment; no feedback a week ago: nothing to compare with
        assertFalse(AlertCondition.of("share_negative", "<", 0.5, null).holds(null, null));
        assertFalse(AlertCondition.of("share_negative", ">=", 0.1, "7d").holds(0.9, null));
        assertFalse(AlertCondition.of("share_negative", ">=", 0.1, "7d").holds(null, 0.1));
    }

    @Test
    void badConditionsAreRefusedNamingTheirField() {
        refused("condition.metric", () -> AlertCondition.of("rating", ">", 1.0, null));
        refused("condition.metric", () -> AlertCondition.of(null, ">", 1.0, null));
        refused("condition.op", () -> AlertCondition.of("count", "=>", 1.0, null));
        refused("condition.op", () -> AlertCondition.of("count", null, 1.0, null));
        refused("condition.value", () -> AlertCondition.of("count", ">", null, null));
        refused("condition.value", () -> AlertCondition.of("count", ">", -1.0, null));
        refused("condition.value", () -> AlertCondition.of("share_negative", ">", 10.0, null)); // 10 %, not 0.10
        refused("condition.value", () -> AlertCondition.of("avg_sentiment", ">", Double.NaN, null));
        refused("condition.change.over", () -> AlertCondition.of("count", ">", 10.0, "a week"));
        refused("condition.change.over", () -> AlertCondition.of("count", ">", 10.0, "0d"));
        refused("condition.change.over", () -> AlertCondition.of("count", ">", 10.0, "400d"));
        // a change may be negative: "fell by 20"
        assertEquals(-20.0, AlertCondition.of("count", "<=", -20.0, "24h").value());
    }

    private static void refused(String field, Executable make) {
        assertEquals(field, assertThrows(InvalidInputException.class, make).field());
    }
}
