package io.voc.warehouse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.voc.platform.model.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    @Test
    void bothEndsAreIncluded() {
        DayRange range = DayRange.parse("2026-11-01", " 2026-11-03 ");
        assertEquals(3, range.days());
        assertEquals(LocalDate.of(2026, 11, 3), range.after(LocalDate.of(2026, 11, 2)).orElseThrow());
        assertEquals(java.util.Optional.empty(), range.after(LocalDate.of(2026, 11, 3)));
    }

    @Test
    void aBadRangeNamesTheFieldToFix() {
        assertEquals("to", field("2026-11-03", "2026-11-01"));
        assertEquals("from", field("Nov 1", "2026-11-01"));
        assertEquals("to", field("2026-11-01", null));
        assertEquals("from", field("1999-12-31", "2000-01-01"));
        assertEquals("to", field("2025-01-01", "2026-11-01"), "more than " + DayRange.MAX_DAYS + " days");
    }

    private static String field(String from, String to) {
        return assertThrows(InvalidInputException.class, () -> DayRange.parse(from, to)).field();
    }
}
