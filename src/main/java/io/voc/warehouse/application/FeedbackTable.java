package io.voc.warehouse.application;

import io.voc.search.model.FoundFeedback;
import java.time.LocalDate;

/**
 * The warehouse table of enriched feedback, partitioned by day (docs/warehouse.md has its columns).
 *
 * @throws WarehouseUnavailableException (every method) when the warehouse cannot do the work now
 */
public interface FeedbackTable {

    /** Creates the database and the table when they are missing; leaves existing ones as they are. */
    void prepare(String database);

    /**
     * Starts replacing one day's partition. Nothing changes for readers of the table until {@link DayLoad#commit}:
     * they see the old partition, then the new one, never a part of it.
     */
    DayLoad replace(String database, LocalDate day, String loadKey);

    /** A day's feedback on its way into the warehouse; close it (also after a failure) to clean up. */
    interface DayLoad extends AutoCloseable {
        void add(FoundFeedback feedback);

        /** Replaces the day's partition with everything added (an empty day removes it); the number of rows. */
        long commit();

        @Override
        void close();
    }
}
