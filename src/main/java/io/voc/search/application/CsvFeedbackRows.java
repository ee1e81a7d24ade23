package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.application.FeedbackJson;
import io.voc.nlp.application.AnalysisJson;
import io.voc.search.model.FoundFeedback;
import io.voc.search.model.SpreadsheetCell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets (RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted).
 * The file starts with a UTF-8 byte-order mark: without it Excel reads a CSV file in the machine's legacy
 * code page and shows Chinese text as garbage; with it Excel, LibreOffice, Google Sheets and VOC's own
 * importer read UTF-8. Every cell passes {@link SpreadsheetCell#guard} so no feedback runs as a formula.
 */
final class CsvFeedbackRows implements FeedbackRows {
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The feedback's fields as the search API names them, then the NLP stage's results (empty until enriched). */
    static final List<String> HEADER = List.of("id", "product", "channel", "sourceId", "createdAt", "rating",
            "locale", "region", "platform", "appVersion", "userId", "text", "attributes", "language", "sentiment",
            "sentimentScore", "intent", "topics");

    private final CSVPrinter printer;
    private final ObjectMapper json;

    CsvFeedbackRows(OutputStream out, ObjectMapper json) throws IOException {
        this.json = json;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
    }

    @Override
    public void write(FoundFeedback found) throws IOException {
        FeedbackJson f = FeedbackRows.item(found);
        List<String> cells = new ArrayList<>(Arrays.asList(f.id(), f.product(), f.channel(), f.sourceId(),
                f.createdAt(), f.rating() == null ? null : f.rating().toString(), f.locale(), f.region(),
                f.platform(), f.appVersion(), f.userId(), f.text(),
                f.attributes() == null ? null : json.writeValueAsString(f.attributes())));
        cells.addAll(analysis(f.nlp()));
        for (String cell : cells) {
            printer.print(SpreadsheetCell.guard(cell)); // null: an empty cell
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** language, sentiment, sentimentScore, intent, topics (joined with {@code ;}); empty before enrichment. */
    private static List<String> analysis(AnalysisJson nlp) {
        if (nlp == null) {
            return Arrays.asList(new String[5]);
        }
        AnalysisJson.SentimentJson sentiment = nlp.sentiment();
        return Arrays.asList(nlp.language(), sentiment == null ? null : sentiment.label(),
                sentiment == null ? null : BigDecimal.valueOf(sentiment.score()).toPlainString(), nlp.intent(),
                nlp.topics() == null ? null : String.join(";", nlp.topics()));
    }
}
