package io.voc.ingest.application;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What happened to one line of a bulk submission or import. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(long line, String id, Status status, Error error) {

    public enum Status {
        /** Taken into the pipeline; searchable within seconds. */
        accepted,
        /** Already stored or earlier in the same batch: nothing new was stored (not an error). */
        duplicate,
        /** Broke a rule; see the error. Nothing was stored. */
        rejected
    }

    public record Error(String code, String message, String field) {
    }

    public static LineResult accepted(long line, String id) {
        return new LineResult(line, id, Status.accepted, null);
    }

    public static LineResult duplicate(long line, String id) {
        return new LineResult(line, id, Status.duplicate, null);
    }

    public static LineResult rejected(long line, String code, String message, String field) {
        return new LineResult(line, null, Status.rejected, new Error(code, message, field));
    }
}
