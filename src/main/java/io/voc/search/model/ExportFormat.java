package io.voc.search.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats feedback can be exported in, with their media type and file name extension. */
public enum ExportFormat {
    /** For spreadsheets: UTF-8 with a byte-order mark, formula-guarded cells (see {@link SpreadsheetCell}). */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** Every field: one item of the search API per line. */
    JSONL("jsonl", "application/x-ndjson");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code csv} or {@code jsonl} (also {@code ndjson}), any case; required. */
    public static ExportFormat parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("ndjson")) {
            return JSONL;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(v)).findFirst()
                .orElseThrow(() -> new InvalidQueryException("format", "format must be one of "
                        + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", "))
                        + (v.isEmpty() ? "" : " (got '" + value + "')")));
    }
}
