package io.voc.search.application;

import io.voc.search.model.SpreadsheetCell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for spreadsheets (RFC 4180: CRLF between records, fields with commas, quotes or line breaks
 * quoted). It starts with a UTF-8 byte-order mark: without it Excel reads a CSV file in the machine's legacy
 * code page and shows Chinese text as garbage; with it Excel, LibreOffice, Google Sheets and VOC's own
 * importer read UTF-8. Every cell passes {@link SpreadsheetCell#guard} so no value runs as a formula. Every
 * CSV export writes through it: feedback and a query's buckets alike.
 */
public final class SpreadsheetCsv {
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    /** Starts the file: the mark, then the header. The stream is flushed, never closed (its owner closes it). */
    public SpreadsheetCsv(OutputStream out, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        row(header);
    }

    /** One record; a null cell is an empty one. */
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(SpreadsheetCell.guard(cell));
        }
        printer.println();
    }

    /** Sends what was written so far on to the stream. */
    public void flush() throws IOException {
        printer.flush();
    }
}
