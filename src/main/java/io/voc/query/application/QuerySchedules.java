package io.voc.query.application;

import io.voc.query.model.QuerySchedule;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the schedules of saved queries are kept; they go with their query. */
public interface QuerySchedules {

    void add(QuerySchedule schedule);

    Optional<QuerySchedule> find(UUID id);

    /** Stores a schedule switched off or on (its other parts do not change). */
    void save(QuerySchedule schedule);

    /** The query's schedules, oldest first. */
    List<QuerySchedule> ofQuery(UUID queryId);

    /** Every enabled schedule, for the trigger that runs the due ones. */
    List<QuerySchedule> enabled();

    /** Deletes the schedule if it belongs to that query (with its runs); false when there was none. */
    boolean delete(UUID queryId, UUID scheduleId);
}
