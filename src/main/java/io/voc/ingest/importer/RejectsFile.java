package io.voc.ingest.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The records the import could not store, as CSV ({@code line,reason,field,record}) so a person can sort
 * and fix them in a spreadsheet: {@code record} is the record exactly as it stands in the file.
 *
 * <p>Created (or emptied) when the import starts, so a file left from an earlier run never passes for
 * this run's; removed at the end if nothing was rejected.
 */
final class RejectsFile implements Closeable {
    static final String[] HEADER = { "line", "reason", "field", "record" };

    private final Path path;
    private final CSVPrinter printer;
    private long rows;

    private RejectsFile(Path path, CSVPrinter printer) {
        this.path = path;
        this.printer = printer;
    }

    static RejectsFile create(Path path) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get()
                .print(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        return new RejectsFile(path, printer);
    }

    /** Writes the rejects among a chunk's outcomes; flushed, so the file is current while the import runs. */
    void write(List<BulkClient.Outcome> outcomes) throws IOException {
        for (BulkClient.Outcome outcome : outcomes) {
            if (outcome.status() == BulkClient.Status.rejected) {
                SourceRecord record = outcome.record();
                printer.printRecord(record.line(), outcome.reason(), outcome.field() == null ? "" : outcome.field(),
                        record.original());
                rows++;
            }
        }
        printer.flush();
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close();
        if (rows == 0) {
            Files.deleteIfExists(path);
        }
    }
}
