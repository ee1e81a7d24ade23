package io.voc.ingest.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record of the file, before it is sent.
 *
 * @param line the physical line of the file where the record starts (1-based), as an editor shows it
 * @param original the record as it stands in the file, for the rejects file
 * @param json what is sent to the bulk API; null when the record is rejected without asking the platform
 * @param problem why the record is rejected locally ("malformed_json: ..."); null when {@code json} is set
 * @param field the field the problem is about, or null
 */
record SourceRecord(long line, String original, ObjectNode json, String problem, String field) {

    static SourceRecord of(long line, String original, ObjectNode json) {
        return new SourceRecord(line, original, json, null, null);
    }

    static SourceRecord rejected(long line, String original, String problem, String field) {
        return new SourceRecord(line, original, null, problem, field);
    }

    boolean sendable() {
        return json != null;
    }
}
