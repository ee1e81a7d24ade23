package io.voc.query.application;

import java.util.List;

/** One page (from 1) of fired alerts, newest first; {@code hasMore}: a next page has some. */
public record AlertHistory(List<ScheduleRun> items, int page, boolean hasMore) {
}
