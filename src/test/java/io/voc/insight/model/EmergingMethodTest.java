package io.voc.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.search.model.InvalidQueryException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingMethodTest {

    @Test
    void listsWhatRoseMostRisenFirstAndLeavesOutTheSteadyAndTheTiny() {
        // 500 feedback in the window, 2,000 in the baseline
        CandidateTally tally = new CandidateTally(500, 2_000, List.of(
                new CandidateCounts(CandidateKind.TOPIC, "stability", 100, 90, 40, 20), // 20% vs 2%, 90% vs 50% negative
                new CandidateCounts(CandidateKind.TOPIC, "billing", 50, 20, 200, 80), // 10% vs 10%: steady
                new CandidateCounts(CandidateKind.ASPECT, "login", 60, 10, 100, 15), // 12% vs 5%: volume only
                new CandidateCounts(CandidateKind.ASPECT, "price", 40, 36, 160, 48), // share steady, 90% vs 30% negative
                new CandidateCounts(CandidateKind.TERM, "fresh words", 4, 4, 0, 0)), // too few to judge
                10);
        EmergingMethod.Assessment assessment = EmergingMethod.assess(tally);

        // ranked by the extra feedback: 100 - 500 * 2% = 90, 60 - 500 * 5% = 35, 36 - 40 * 30% = 24 negative
        assertEquals(List.of("stability", "login", "price"), assessment.items().stream().map(EmergingItem::key).toList());
        assertEquals(List.of(90.0, 35.0, 24.0), assessment.items().stream().map(i -> Math.round(i.extra() * 1e9) / 1e9)
                .toList());
        EmergingItem stability = assessment.items().get(0);
        assertEquals(Signal.BOTH, stability.signal());
        assertEquals(0.2, stability.windowShare(), 1e-12);
        assertEquals(0.02, stability.baselineShare(), 1e-12);
        assertEquals((100.5 / 501) / (40.5 / 2_001), stability.ratio(), 1e-12);
        assertTrue(stability.qValue() < 1e-20);
        assertEquals(Signal.VOLUME, assessment.items().get(1).signal());
        assertEquals(Signal.NEGATIVITY, assessment.items().get(2).signal());
        assertEquals(0.9, assessment.items().get(2).negativeShareWindow(), 1e-12);
        // 4 volume and 4 negativity tests ("fresh words" is too small to judge), plus the 10 terms not tested
        assertEquals(8, assessment.tests());
        assertEquals(18, assessment.family());
    }

    @Test
    void aCandidateNewInTheWindowHasAFiniteRatioAndNoNegativityTest() {
        CandidateTally tally = new CandidateTally(100, 1_000,
                List.of(new CandidateCounts(CandidateKind.TERM, "login crash", 30, 30, 0, 0)), 1);
        EmergingItem item = EmergingMethod.assess(tally).items().get(0);
        assertEquals(Signal.VOLUME, item.signal());
        assertEquals((30.5 / 101) / (0.5 / 1_001), item.ratio(), 1e-9);
        assertNull(item.negativeShareBaseline());
        assertNull(item.negativityQValue());
    }

    @Test
    void aKeyphraseThatIsAlsoAnAspectIsListedOnce() {
        CandidateTally tally = new CandidateTally(100, 1_000, List.of(
                new CandidateCounts(CandidateKind.ASPECT, "login", 30, 30, 10, 5),
                new CandidateCounts(CandidateKind.TERM, "login", 28, 28, 9, 5)), 1);
        assertEquals(List.of(CandidateKind.ASPECT), EmergingMethod.assess(tally).items().stream()
                .map(EmergingItem::kind).toList());
    }

    @Test
    void nothingToCompareWithoutFeedbackInBothPeriods() {
        CandidateCounts c = new CandidateCounts(CandidateKind.TOPIC, "stability", 30, 30, 0, 0);
        assertTrue(EmergingMethod.assess(new CandidateTally(30, 0, List.of(c), 0)).items().isEmpty());
    }

    @Test
    void periodsAreBackToBackAndEndWithTheGivenDay() {
        ComparisonPeriods p = ComparisonPeriods.parse("10d", "4w", "2026-11-24", Instant.EPOCH);
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), p.windowTo());
        assertEquals(Instant.parse("2026-11-15T00:00:00Z"), p.windowFrom());
        assertEquals(Instant.parse("2026-10-18T00:00:00Z"), p.baselineFrom());
        // without "to": the window ends with today (UTC)
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"),
                ComparisonPeriods.parse(null, null, null, Instant.parse("2026-11-25T13:00:00Z")).windowTo());
    }

    @Test
    void badPeriodsNameTheirField() {
        assertEquals("window", assertThrows(InvalidQueryException.class,
                () -> ComparisonPeriods.parse("a week", null, null, Instant.EPOCH)).field());
        assertEquals("baseline", assertThrows(InvalidQueryException.class,
                () -> ComparisonPeriods.parse("7d", "0d", null, Instant.EPOCH)).field());
        assertEquals("window", assertThrows(InvalidQueryException.class,
                () -> ComparisonPeriods.parse("91d", null, null, Instant.EPOCH)).field());
        assertEquals("to", assertThrows(InvalidQueryException.class,
                () -> ComparisonPeriods.parse("7d", "28d", "yesterday", Instant.EPOCH)).field());
    }
}
