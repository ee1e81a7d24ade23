package io.voc.search.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the daily roll-ups of the feedback store - per product and UTC day the counts and sentiment sums
 * an overview needs - and how to keep them up to date. May throw {@link StoreUnavailableException}.
 */
public interface DailyRollups {

    /**
     * The days before {@code before} whose feedback changed since they were rolled up (or were never rolled
     * up), oldest first.
     */
    List<LocalDate> outdatedDays(LocalDate before);

    /** Rolls one day up again from the feedback as it is now; returns how many feedback it holds. */
    long rollUp(LocalDate day);
}
