package io.voc.query.application;

import java.util.UUID;

/** A warehouse query was cancelled while it ran (by whoever started it, or an admin). */
public class QueryCancelledException extends RuntimeException {
    public QueryCancelledException(UUID runId, String by) {
        super("the query run " + runId + " was cancelled" + (by == null ? "" : " by " + by));
    }
}
