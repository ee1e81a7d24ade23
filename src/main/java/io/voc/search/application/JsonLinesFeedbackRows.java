package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.search.model.FoundFeedback;
import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: each feedback as the search API's item, one object per line (UTF-8, {@code \n}). */
final class JsonLinesFeedbackRows implements FeedbackRows {
    private final OutputStream out;
    private final ObjectMapper json;

    JsonLinesFeedbackRows(OutputStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void write(FoundFeedback feedback) throws IOException {
        // JSON escapes line breaks inside strings, so one object is always one line
        out.write(json.writeValueAsBytes(FeedbackRows.item(feedback)));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
