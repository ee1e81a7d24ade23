package io.voc.search.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a time range is read: the whole UTC days whose daily roll-up is up to date come from the roll-ups,
 * everything else - today, partial days at either end, days written to since their roll-up - is read
 * live from the feedback. The live part is a few ranges, adjacent ones merged.
 */
public record RolledUpDays(List<LocalDate> days, List<Range> live) {

    /** [from, to) */
    public record Range(Instant from, Instant to) {
    }

    public RolledUpDays {
        days = List.copyOf(days);
        live = List.copyOf(live);
    }

    /** All of [from, to) live. */
    public static RolledUpDays none(Instant from, Instant to) {
        return new RolledUpDays(List.of(), List.of(new Range(from, to)));
    }

    /** Splits [from, to): the days in {@code upToDate} that lie wholly inside it come from roll-ups. */
    public static RolledUpDays split(Instant from, Instant to, Set<LocalDate> upToDate) {
        List<LocalDate> days = new ArrayList<>();
        List<Range> live = new ArrayList<>();
        Instant cursor = from;
        Instant liveFrom = null;
        while (cursor.isBefore(to)) {
            LocalDate day = LocalDate.ofInstant(cursor, ZoneOffset.UTC);
            Instant dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant dayEnd = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            boolean whole = dayStart.equals(cursor) && !dayEnd.isAfter(to);
            if (whole && upToDate.contains(day)) {
                if (liveFrom != null) {
                    live.add(new Range(liveFrom, cursor));
                    liveFrom = null;
                }
                days.add(day);
            } else if (liveFrom == null) {
                liveFrom = cursor;
            }
            cursor = dayEnd.isAfter(to) ? to : dayEnd;
        }
        if (liveFrom != null) {
            live.add(new Range(liveFrom, to));
        }
        return new RolledUpDays(days, live);
    }
}
