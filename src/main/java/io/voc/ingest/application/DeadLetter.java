package io.voc.ingest.application;

import java.time.Instant;

/** A record the pipeline could not accept, kept with why and where it came from. */
public record DeadLetter(String id, Instant parkedAt, String stage, String reason, String origin, String payload,
        boolean payloadTruncated) {
}
