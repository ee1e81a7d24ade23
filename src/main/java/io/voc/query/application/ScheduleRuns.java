package io.voc.query.application;

import io.voc.feedback.model.ProductScope;
import io.voc.query.model.QueryUser;
import java.util.List;
import java.util.UUID;

/** The record of slots schedules ran in (written by {@link ScheduleClaims}), for reading. */
public interface ScheduleRuns {

    /** The latest {@code limit} slots the query's schedules ran in, whatever their outcome, newest first. */
    List<ScheduleRun> ofQuery(UUID queryId, int limit);

    /**
     * A page of fired alerts, newest first: of the saved queries {@code user} may see ({@code everyone}: all),
     * about products in {@code products}.
     */
    List<ScheduleRun> fired(QueryUser user, boolean everyone, ProductScope products, int offset, int limit);
}
