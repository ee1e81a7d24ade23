package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.application.FeedbackJson;
import io.voc.nlp.application.AnalysisJson;
import io.voc.search.model.ExportFormat;
import io.voc.search.model.FoundFeedback;
import java.io.IOException;
import java.io.OutputStream;

/** Feedback written one by one into an export file. The stream is flushed, never closed (its owner closes it). */
interface FeedbackRows {

    void write(FoundFeedback feedback) throws IOException;

    /** Sends what was written so far on to the stream. */
    void flush() throws IOException;

    /** Starts the file (a CSV file with its header). */
    static FeedbackRows of(ExportFormat format, OutputStream out, ObjectMapper json) throws IOException {
        return switch (format) {
            case CSV -> new CsvFeedbackRows(out, json);
            case JSONL -> new JsonLinesFeedbackRows(out, json);
        };
    }

    /** The item of the search API: every file format shows a feedback as search does. */
    static FeedbackJson item(FoundFeedback found) {
        return FeedbackJson.of(found.feedback(), found.analysis() == null ? null : AnalysisJson.of(found.analysis()));
    }
}
