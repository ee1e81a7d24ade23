package io.voc.query.application;

import java.time.Duration;

/** A warehouse query ran longer than it was allowed to and was stopped there. */
public class QueryTimedOutException extends RuntimeException {
    public QueryTimedOutException(Duration timeout) {
        super("the query ran longer than its timeout of " + timeout.toSeconds() + " s and was stopped; narrow it "
                + "(a partition filter such as dt >= '2026-11-01' reads less) or allow it more time (timeoutSeconds)");
    }
}
