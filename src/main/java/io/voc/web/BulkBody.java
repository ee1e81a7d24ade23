package io.voc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.platform.JsonProblems;
import io.voc.ingest.application.LineResult;
import io.voc.ingest.application.SubmitFeedbackBatch.NumberedSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON body line by line within the bulk API's limits. A line that is not a feedback
 * object becomes a per-line problem, never a failure of the whole body.
 */
@ApplicationScoped
class BulkBody {
    static final int MAX_LINES = 10_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ObjectReader reader;

    BulkBody(ObjectMapper json) {
        this.reader = json.readerFor(FeedbackSubmission.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    record Parsed(List<NumberedSubmission> submissions, List<LineResult> problems) {
    }

    Parsed parse(InputStream body) throws IOException {
        List<NumberedSubmission> submissions = new ArrayList<>();
        List<LineResult> problems = new ArrayList<>();
        long bytes = 0;
        int lines = 0;
        int number = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (bytes > MAX_BYTES) {
                    throw tooLarge("body_too_large", "the body is larger than 10 MiB; split it into several requests");
                }
                if (line.isBlank()) {
                    continue;
                }
                if (++lines > MAX_LINES) {
                    throw tooLarge("too_many_lines",
                            "at most " + MAX_LINES + " lines per request; split the body into several requests");
                }
                try {
                    submissions.add(new NumberedSubmission(number, reader.readValue(line)));
                } catch (JsonProcessingException e) {
                    JsonProblems.Problem problem = JsonProblems.describe(e);
                    problems.add(LineResult.rejected(number, problem.code(), problem.message(), problem.field()));
                }
            }
        }
        if (lines == 0) {
            throw new WebApplicationException(ApiErrorMappers.error(Response.Status.BAD_REQUEST, "empty_body",
                    "the body has no lines; send one JSON object per line", null));
        }
        return new Parsed(submissions, problems);
    }

    private static WebApplicationException tooLarge(String code, String message) {
        return new WebApplicationException(
                ApiErrorMappers.error(Response.Status.REQUEST_ENTITY_TOO_LARGE, code, message, null));
    }
}
