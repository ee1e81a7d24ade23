package io.voc.ingest.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Sends records to {@code POST /api/v1/feedback/bulk} in chunks and reports, in file order, what became
 * of each. A chunk the platform cannot take right now (503, connection refused) is sent again with
 * back-off: feedback ids derive from their content, so a repeat stores nothing twice.
 */
final class BulkClient {
    /** Records per request; the API takes 10,000, smaller requests keep the progress smooth and retries cheap. */
    static final int CHUNK_RECORDS = 2_000;
    /** Bytes per request; the API takes 10 MiB. */
    static final int CHUNK_BYTES = 8 * 1024 * 1024;
    /** A feedback is at most 20,000 characters of text and 50 short attributes; anything near this is not one. */
    static final int MAX_RECORD_BYTES = 1024 * 1024;
    static final Duration RETRY_FOR = Duration.ofMinutes(2);
    private static final Duration FIRST_DELAY = Duration.ofMillis(500);
    private static final Duration MAX_DELAY = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Status {
        accepted, duplicate, rejected
    }

    /** What became of one record. {@code reason} ("code: message") and {@code field} only for rejects. */
    record Outcome(SourceRecord record, Status status, String id, String reason, String field) {
    }

    /** One HTTP exchange; an interface so that tests can answer without a server. */
    interface Transport {
        Answer post(byte[] ndjson) throws IOException, InterruptedException;
    }

    record Answer(int status, String body) {
    }

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The import cannot go on: the platform stayed away, or refused a request outright. */
    static class ImportFailedException extends Exception {
        ImportFailedException(String message) {
            super(message);
        }
    }

    private final Transport transport;
    private final String endpoint;
    private final Consumer<List<Outcome>> results;
    private final Consumer<String> notices;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final List<SourceRecord> chunk = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int sent;

    /**
     * @param results receives the outcomes of each chunk, in file order
     * @param notices receives one line for the user whenever the platform is away and the chunk is retried
     */
    BulkClient(Transport transport, String endpoint, Consumer<List<Outcome>> results, Consumer<String> notices,
            Sleeper sleeper, LongSupplier nanoTime) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.results = results;
        this.notices = notices;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    static BulkClient overHttp(URI endpoint, String authorization, Consumer<List<Outcome>> results,
            Consumer<String> notices) {
        return new BulkClient(http(endpoint, authorization), endpoint.toString(), results, notices,
                d -> Thread.sleep(d.toMillis()), System::nanoTime);
    }

    /** Queues a record; sends the chunk once it is full. */
    void add(SourceRecord record) throws ImportFailedException, InterruptedException {
        if (record.sendable()) {
            byte[] line;
            try {
                line = JSON.writeValueAsBytes(record.json());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e); // a tree of plain nodes always serialises
            }
            if (line.length > MAX_RECORD_BYTES) {
                record = SourceRecord.rejected(record.line(), record.original(), "too_large: the record is "
                        + line.length / 1024 + " KiB as JSON; a feedback is far smaller (text: at most 20,000 "
                        + "characters)", null);
            } else {
                if (body.size() + line.length + 1 > CHUNK_BYTES) {
                    flush();
                }
                body.write(line, 0, line.length);
                body.write('\n');
                sent++;
            }
        }
        chunk.add(record);
        // Local rejects count too, so that a file of nothing but broken lines still reports as it goes.
        if (chunk.size() >= CHUNK_RECORDS) {
            flush();
        }
    }

    /** Sends what is queued. */
    void flush() throws ImportFailedException, InterruptedException {
        if (chunk.isEmpty()) {
            return;
        }
        JsonNode answer = sent == 0 ? null : post(body.toByteArray());
        List<Outcome> outcomes = outcomes(chunk, answer);
        chunk.clear();
        body.reset();
        sent = 0;
        results.accept(outcomes);
    }

    private JsonNode post(byte[] ndjson) throws ImportFailedException, InterruptedException {
        Long firstFailure = null;
        Duration delay = FIRST_DELAY;
        while (true) {
            String problem;
            try {
                Answer answer = transport.post(ndjson);
                if (answer.status() == 200) {
                    return parse(answer);
                }
                if (answer.status() != 502 && answer.status() != 503 && answer.status() != 504) {
                    throw new ImportFailedException(refused(answer));
                }
                problem = "the platform is unavailable (HTTP " + answer.status() + errorText(answer) + ")";
            } catch (IOException e) {
                problem = "cannot reach " + endpoint + " (" + describe(e) + ")";
            }
            long now = nanoTime.getAsLong();
            if (firstFailure == null) {
                firstFailure = now;
            }
            Duration waited = Duration.ofNanos(now - firstFailure);
            if (waited.plus(delay).compareTo(RETRY_FOR) > 0) {
                throw new ImportFailedException(problem + "; gave up after retrying for " + RETRY_FOR.toMinutes()
                        + " minutes (lines " + range() + " and later were not sent; running the import again is safe)");
            }
            notices.accept(problem + "; retrying in " + seconds(delay));
            sleeper.sleep(delay);
            delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        }
    }

    private JsonNode parse(Answer answer) throws ImportFailedException {
        try {
            JsonNode json = JSON.readTree(answer.body());
            if (json != null && json.path("items").isArray()) {
                return json;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new ImportFailedException("POST " + endpoint + " answered 200 but not with the bulk API's JSON; is --url"
                + " the VOC platform? (answer starts: " + abbreviate(answer.body()) + ")");
    }

    /** A whole request refused: the importer built it wrong (4xx) or the platform broke (5xx). Retrying won't help. */
    private String refused(Answer answer) {
        String what = "POST " + endpoint + " answered HTTP " + answer.status() + errorText(answer) + " for lines "
                + range();
        if (answer.status() == 404 || answer.status() == 405) {
            return what + "; is --url the VOC platform?";
        }
        if (answer.status() == 401 || answer.status() == 429) {
            return what + "; set VOC_TOKEN to an API token with scope ingest, or VOC_USER and VOC_PASSWORD"
                    + " (./voc import uses the local admin's by default)";
        }
        if (answer.status() == 403) {
            return what + "; the token or user may not submit feedback (scope ingest) for these products";
        }
        if (answer.status() >= 400 && answer.status() < 500) {
            return what + "; this is a bug of the importer, please report it with this message";
        }
        return what + "; see the platform's log (./voc logs app)";
    }

    private String range() {
        return chunk.isEmpty() ? "?" : chunk.get(0).line() + "-" + chunk.get(chunk.size() - 1).line();
    }

    /**
     * Pairs the bulk API's answer with the records of a chunk. The answer numbers lines within the
     * request body, where the n-th line is the n-th record that was sent (records rejected locally are
     * not sent, and no blank lines are); the outcome carries the record, and so its line in the file.
     *
     * @param answer the API's JSON, or null when nothing of the chunk was sent
     * @return one outcome per record of the chunk, in chunk order
     * @throws ImportFailedException when the answer does not account for exactly the lines sent
     */
    static List<Outcome> outcomes(List<SourceRecord> chunk, JsonNode answer) throws ImportFailedException {
        List<SourceRecord> sentRecords = chunk.stream().filter(SourceRecord::sendable).toList();
        Map<Long, JsonNode> byLine = new HashMap<>();
        if (answer != null) {
            for (JsonNode item : answer.path("items")) {
                long line = item.path("line").asLong(0);
                if (line < 1 || line > sentRecords.size() || byLine.put(line, item) != null) {
                    throw new ImportFailedException("the platform's answer speaks of line " + line + " of a request with "
                            + sentRecords.size() + " lines; the importer and the platform disagree on the bulk API");
                }
            }
        }
        if (byLine.size() != sentRecords.size()) {
            throw new ImportFailedException("the platform answered for " + byLine.size() + " of " + sentRecords.size()
                    + " lines sent; the importer and the platform disagree on the bulk API");
        }
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        long bodyLine = 0;
        for (SourceRecord record : chunk) {
            if (!record.sendable()) {
                outcomes.add(new Outcome(record, Status.rejected, null, record.problem(), record.field()));
                continue;
            }
            JsonNode item = byLine.get(++bodyLine);
            String status = item.path("status").asText();
            switch (status) {
                case "accepted" -> outcomes.add(new Outcome(record, Status.accepted, text(item, "id"), null, null));
                case "duplicate" -> outcomes.add(new Outcome(record, Status.duplicate, text(item, "id"), null, null));
                case "rejected" -> {
                    JsonNode error = item.path("error");
                    String code = error.path("code").asText("rejected");
                    String message = error.path("message").asText("");
                    outcomes.add(new Outcome(record, Status.rejected, null,
                            message.isEmpty() ? code : code + ": " + message, text(error, "field")));
                }
                default -> throw new ImportFailedException("the platform's answer has status '" + status
                        + "' for line " + bodyLine + "; the importer knows accepted, duplicate and rejected");
            }
        }
        return outcomes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String errorText(Answer answer) {
        try {
            JsonNode error = JSON.readTree(answer.body()).path("error");
            if (error.has("code")) {
                return " " + error.path("code").asText() + ": " + error.path("message").asText();
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // not our error shape: show the start of it
        }
        return answer.body() == null || answer.body().isBlank() ? "" : " " + abbreviate(answer.body());
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused - is VOC running? ./voc up starts it";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }

    static Transport http(URI endpoint, String authorization) {
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-http request.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return ndjson -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofMinutes(2)) // Kafka may take its time to acknowledge; the API says 503 if it gives up
                    .header("Content-Type", "application/x-ndjson")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        };
    }
}
