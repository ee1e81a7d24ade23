package io.voc.ingest.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo data to generate: the seed makes the output reproducible, {@code lastDay} (UTC) is the
 * newest day of data and the planted signals are placed relative to it, so a demo loaded today shows
 * them in "the last days" whatever the calendar says.
 *
 * @param seed    any value; the same spec always yields the same feedback, byte for byte
 * @param lastDay the last day (UTC) that has feedback
 * @param days    how many days, ending at {@code lastDay}, the feedback spreads over (1-365)
 * @param count   how many feedback items to generate (1-200,000)
 */
public record DemoSpec(long seed, LocalDate lastDay, int days, int count) {
    public static final long DEFAULT_SEED = 20261125L;
    /** Long enough to show a quiet month before the pricing wave (lastDay-30) and the crash spike. */
    public static final int DEFAULT_DAYS = 90;
    /** About 70 items a day: enough for daily charts per product and region, quick to load. */
    public static final int DEFAULT_COUNT = 6000;
    public static final int MAX_DAYS = 365;
    public static final int MAX_COUNT = 200_000;

    public DemoSpec {
        Objects.requireNonNull(lastDay, "lastDay");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + " (got " + days + ")");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + " (got " + count + ")");
        }
    }

    /** The spec {@code ./voc up} uses: default seed, days and count, ending at the given day. */
    public static DemoSpec standard(LocalDate lastDay) {
        return new DemoSpec(DEFAULT_SEED, lastDay, DEFAULT_DAYS, DEFAULT_COUNT);
    }

    /** The first day (UTC) that has feedback. */
    public LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }
}
