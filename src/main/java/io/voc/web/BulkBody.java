package io.voc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.platform.JsonProblems;
import io.voc.ingest.application.LineResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a bulk body within the bulk APIs' limits: NDJSON (one object per line) or, where an API allows it, one
 * JSON array of objects. An item that is not a valid object becomes a per-line problem, never a failure of the
 * whole body. For an array, the "line" is the item's position from 1.
 */
@ApplicationScoped
class BulkBody {
    static final int MAX_LINES = 10_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ObjectMapper json;

    BulkBody(ObjectMapper json) {
        this.json = json;
    }

    /** An item of the body and its line (or position in the array). */
    record Line<T>(long number, T value) {
    }

    record Parsed<T>(List<Line<T>> items, List<LineResult> problems) {
    }

    /** Feedback: NDJSON only. */
    Parsed<FeedbackSubmission> parse(InputStream body) throws IOException {
        return lines(body, reader(FeedbackSubmission.class));
    }

    /** NDJSON, or a JSON array when the body's first character (after white space) is '['. */
    <T> Parsed<T> parseLinesOrArray(InputStream body, Class<T> type) throws IOException {
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("body_too_large", "the body is larger than 10 MiB; split it into several requests");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.stripLeading().startsWith("[") ? array(text, reader(type))
                : lines(new ByteArrayInputStream(bytes), reader(type));
    }

    private ObjectReader reader(Class<?> type) {
        return json.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private <T> Parsed<T> array(String text, ObjectReader reader) throws IOException {
        JsonNode items;
        try {
            items = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(ApiErrorMappers.error(Response.Status.BAD_REQUEST, "malformed_json",
                    "the body is neither JSON Lines nor a JSON array: " + e.getOriginalMessage(), null));
        }
        if (items.size() == 0) {
            throw empty();
        }
        if (items.size() > MAX_LINES) {
            throw tooLarge("too_many_lines", "at most " + MAX_LINES + " items per request; split the body");
        }
        List<Line<T>> parsed = new ArrayList<>();
        List<LineResult> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                parsed.add(new Line<>(i + 1, reader.readValue(items.get(i))));
            } catch (JsonProcessingException e) {
                problems.add(problem(i + 1, e));
            }
        }
        return new Parsed<>(parsed, problems);
    }

    private <T> Parsed<T> lines(InputStream body, ObjectReader reader) throws IOException {
        List<Line<T>> parsed = new ArrayList<>();
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
                    parsed.add(new Line<>(number, reader.readValue(line)));
                } catch (JsonProcessingException e) {
                    problems.add(problem(number, e));
                }
            }
        }
        if (lines == 0) {
            throw empty();
        }
        return new Parsed<>(parsed, problems);
    }

    /** The body's problems and a use case's results, in the body's order. */
    static List<LineResult> inOrder(List<LineResult> problems, List<LineResult> judged) {
        List<LineResult> items = new ArrayList<>(problems);
        items.addAll(judged);
        items.sort(Comparator.comparingLong(LineResult::line));
        return items;
    }

    private static LineResult problem(long line, JsonProcessingException e) {
        JsonProblems.Problem problem = JsonProblems.describe(e);
        return LineResult.rejected(line, problem.code(), problem.message(), problem.field());
    }

    private static WebApplicationException empty() {
        return new WebApplicationException(ApiErrorMappers.error(Response.Status.BAD_REQUEST, "empty_body",
                "the body has no lines; send one JSON object per line", null));
    }

    private static WebApplicationException tooLarge(String code, String message) {
        return new WebApplicationException(
                ApiErrorMappers.error(Response.Status.REQUEST_ENTITY_TOO_LARGE, code, message, null));
    }
}
