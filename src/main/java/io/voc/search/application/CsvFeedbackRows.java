package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.application.FeedbackJson;
import io.voc.nlp.application.AnalysisJson;
import io.voc.search.model.FoundFeedback;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Feedback as CSV for spreadsheets ({@link SpreadsheetCsv}: byte-order mark, formula guard), one row each. */
final class CsvFeedbackRows implements FeedbackRows {
    /** The feedback's fields as the search API names them, then the NLP stage's results (empty until enriched). */
    static final List<String> HEADER = List.of("id", "product", "channel", "sourceId", "createdAt", "rating",
            "locale", "region", "platform", "appVersion", "userId", "text", "attributes", "language", "sentiment",
            "sentimentScore", "intent", "topics");

    private final SpreadsheetCsv csv;
    private final ObjectMapper json;

    CsvFeedbackRows(OutputStream out, ObjectMapper json) throws IOException {
        this.json = json;
        this.csv = new SpreadsheetCsv(out, HEADER);
    }

    @Override
    public void write(FoundFeedback found) throws IOException {
        FeedbackJson f = FeedbackRows.item(found);
        List<String> cells = new ArrayList<>(Arrays.asList(f.id(), f.product(), f.channel(), f.sourceId(),
                f.createdAt(), f.rating() == null ? null : f.rating().toString(), f.locale(), f.region(),
                f.platform(), f.appVersion(), f.userId(), f.text(),
                f.attributes() == null ? null : json.writeValueAsString(f.attributes())));
        cells.addAll(analysis(f.nlp()));
        csv.row(cells);
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
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
