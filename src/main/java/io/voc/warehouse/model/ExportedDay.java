package io.voc.warehouse.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What the warehouse holds for one day: its partition was replaced by {@code run} with {@code rows} feedback. */
public record ExportedDay(LocalDate day, long rows, Instant exportedAt, UUID run) {
    public ExportedDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(run, "run");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative");
        }
    }
}
