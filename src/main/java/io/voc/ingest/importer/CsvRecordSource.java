package io.voc.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 defines it (what Excel, Google Sheets and most exports write): a header row, comma
 * separated, fields quoted with '"' when they hold commas, quotes or line breaks. UTF-8, with or
 * without a byte-order mark.
 *
 * <p>Records are handed out one behind the parser: where a record ends is only known once the next one
 * has started, and the exact original text of a record (for the rejects file) lies in between.
 */
final class CsvRecordSource implements RecordSource {
    // Empty lines are kept as (one-cell) records and skipped here, so that each record's character
    // position is where its own text starts - not where a run of blank lines before it does.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final RecordSource.Input input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private ColumnMapping mapping;
    private CSVRecord pending;
    private IOException failure;

    /** Reads the header row; {@link #useMapping} must follow before {@link #next}. */
    CsvRecordSource(InputStream in) throws IOException {
        this.input = new RecordSource.Input(in, true);
        this.parser = CSVParser.builder().setReader(input).setFormat(FORMAT).get();
        this.records = parser.iterator();
        CSVRecord first;
        try {
            first = records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
        if (first == null || first.size() == 1 && first.get(0).isBlank()) {
            throw new IOException("line 1: a CSV file starts with a header row naming its columns, e.g. "
                    + "source_id,channel,rating,text");
        }
        this.header = first.toList();
    }

    static CsvRecordSource open(ImportOptions options) throws IOException, ImportOptions.UsageException {
        InputStream in = Files.newInputStream(options.file());
        try {
            CsvRecordSource source = new CsvRecordSource(in);
            source.useMapping(ColumnMapping.forCsvHeader(source.header(), options));
            return source;
        } catch (IOException | ImportOptions.UsageException | RuntimeException e) {
            in.close(); // in-process callers (tests) would otherwise keep the file open
            throw e;
        }
    }

    List<String> header() {
        return header;
    }

    void useMapping(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public SourceRecord next() throws IOException {
        while (true) {
            if (failure != null && pending == null) {
                throw failure;
            }
            CSVRecord current = null;
            long end = -1; // where the pending record's text ends; unknown after a parse failure
            if (failure == null) {
                try {
                    current = records.hasNext() ? records.next() : null;
                    end = current != null ? current.getCharacterPosition() : input.position();
                } catch (UncheckedIOException e) {
                    failure = unreadable(e);
                }
            }
            CSVRecord done = pending;
            pending = current;
            if (done == null) {
                if (current == null && failure == null) {
                    return null;
                }
                continue;
            }
            SourceRecord record = toSource(done, end);
            if (record != null) {
                return record;
            }
        }
    }

    /** @return null for a blank line */
    private SourceRecord toSource(CSVRecord record, long end) {
        long start = record.getCharacterPosition();
        long line = input.lineAt(start);
        String original = end >= 0 ? withoutLineEnd(input.text(start, end)) : String.join(",", record.toList());
        input.release(end >= 0 ? end : start);
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return null;
        }
        if (record.size() != header.size()) {
            // More cells than columns usually means an unquoted comma, fewer an unquoted line break:
            // either way the cells would land in the wrong fields.
            return SourceRecord.rejected(line, original, "csv_columns: the record has " + record.size()
                    + " cells but the header has " + header.size() + " columns (an unquoted comma or line break?)",
                    null);
        }
        try {
            return SourceRecord.of(line, original, mapping.fromCells(record.toList()));
        } catch (ColumnMapping.BadValue e) {
            return SourceRecord.rejected(line, original, "invalid_field: " + e.getMessage(), e.field);
        }
    }

    private static String withoutLineEnd(String text) {
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == '\n') {
            length--;
        }
        if (length > 0 && text.charAt(length - 1) == '\r') {
            length--;
        }
        return text.substring(0, length);
    }

    /** Broken quoting stops the parser for good: say where, in the file's own line numbers. */
    private IOException unreadable(UncheckedIOException e) {
        IOException cause = e.getCause();
        if (cause.getCause() instanceof CharacterCodingException) {
            return cause; // not UTF-8: the message already says so and where
        }
        return new IOException("invalid CSV at line " + parser.getCurrentLineNumber() + ": " + cause.getMessage()
                + " (a quoted field must end with '\"'; a '\"' inside one is written '\"\"')", cause);
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
