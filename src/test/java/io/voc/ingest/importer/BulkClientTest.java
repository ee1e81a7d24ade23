package io.voc.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Chunks go out, answers come back per request-body line, and are paired with the file's own lines. */
class BulkClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersNumberedWithinTheRequestAreMappedBackToTheFilesLines() throws Exception {
        // Lines 10 and 14 are multi-line CSV records, 12 was rejected locally and never sent:
        // the body has 4 lines, which are file lines 10, 13, 14 and 17.
        List<SourceRecord> chunk = List.of(record(10), SourceRecord.rejected(12, "[1]", "malformed_json: x", null),
                record(13), record(14), record(17));
        JsonNode answer = JSON.readTree("""
                {"accepted":1,"duplicates":1,"rejected":2,"items":[
                  {"line":1,"id":"a1","status":"accepted"},
                  {"line":2,"status":"rejected","error":{"code":"invalid_field","message":"rating must be between 1 and 5 (got 7)","field":"rating"}},
                  {"line":3,"id":"d3","status":"duplicate"},
                  {"line":4,"status":"rejected","error":{"code":"unknown_field","message":"unknown field 'txt'","field":"txt"}}]}
                """);

        List<BulkClient.Outcome> outcomes = BulkClient.outcomes(chunk, answer);

        assertEquals(List.of(10L, 12L, 13L, 14L, 17L), outcomes.stream().map(o -> o.record().line()).toList());
        assertEquals(List.of(BulkClient.Status.accepted, BulkClient.Status.rejected, BulkClient.Status.rejected,
                BulkClient.Status.duplicate, BulkClient.Status.rejected), outcomes.stream().map(o -> o.status()).toList());
        assertEquals("a1", outcomes.get(0).id());
        assertEquals("malformed_json: x", outcomes.get(1).reason());
        assertEquals("invalid_field: rating must be between 1 and 5 (got 7)", outcomes.get(2).reason());
        assertEquals("rating", outcomes.get(2).field());
        assertEquals("d3", outcomes.get(3).id());
        assertNull(outcomes.get(3).reason());
        assertEquals("unknown_field: unknown field 'txt'", outcomes.get(4).reason());
    }

    @Test
    void answersInAnyOrderAreSortedByTheirLine() throws Exception {
        JsonNode answer = JSON.readTree("""
                {"items":[{"line":2,"id":"b","status":"accepted"},{"line":1,"id":"a","status":"duplicate"}]}""");
        List<BulkClient.Outcome> outcomes = BulkClient.outcomes(List.of(record(5), record(6)), answer);
        assertEquals("a", outcomes.get(0).id());
        assertEquals(5, outcomes.get(0).record().line());
        assertEquals("b", outcomes.get(1).id());
    }

    @Test
    void anAnswerThatDoesNotAccountForEveryLineStopsTheImport() throws Exception {
        List<SourceRecord> two = List.of(record(1), record(2));
        BulkClient.ImportFailedException missing = assertThrows(BulkClient.ImportFailedException.class,
                () -> BulkClient.outcomes(two, JSON.readTree("{\"items\":[{\"line\":1,\"status\":\"accepted\"}]}")));
        assertTrue(missing.getMessage().startsWith("the platform answered for 1 of 2 lines sent"));
        BulkClient.ImportFailedException beyond = assertThrows(BulkClient.ImportFailedException.class,
                () -> BulkClient.outcomes(two, JSON.readTree("{\"items\":[{\"line\":1,\"status\":\"accepted\"},"
                        + "{\"line\":3,\"status\":\"accepted\"}]}")));
        assertTrue(beyond.getMessage().startsWith("the platform's answer speaks of line 3 of a request with 2 lines"));
    }

    @Test
    void recordsGoOutInChunksOf2000AndOutcomesComeBackInFileOrder() throws Exception {
        Fake fake = new Fake();
        List<BulkClient.Outcome> outcomes = new ArrayList<>();
        BulkClient client = fake.client(outcomes);
        for (int i = 1; i <= 4_500; i++) {
            client.add(i % 1000 == 0 ? SourceRecord.rejected(i, "x", "malformed_json: x", null) : record(i));
        }
        client.flush();

        assertEquals(List.of(1998, 1998, 500), fake.bodyLines, "2,000 records a chunk, local rejects not sent");
        assertEquals(4_500, outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            assertEquals(i + 1, outcomes.get(i).record().line());
        }
        assertEquals(4, outcomes.stream().filter(o -> o.status() == BulkClient.Status.rejected).count());
    }

    @Test
    void aChunkOfOnlyLocalRejectsIsNotSent() throws Exception {
        Fake fake = new Fake();
        List<BulkClient.Outcome> outcomes = new ArrayList<>();
        BulkClient client = fake.client(outcomes);
        client.add(SourceRecord.rejected(1, "x", "malformed_json: x", null));
        client.flush();
        assertEquals(List.of(), fake.bodyLines);
        assertEquals(1, outcomes.size());
    }

    @Test
    void chunksStayUnderTheApisByteLimitAndHugeRecordsAreRejectedLocally() throws Exception {
        Fake fake = new Fake();
        List<BulkClient.Outcome> outcomes = new ArrayList<>();
        BulkClient client = fake.client(outcomes);
        String text = "x".repeat(15_000);
        for (int i = 1; i <= 1_000; i++) {
            client.add(record(i, text));
        }
        client.add(record(1_001, "y".repeat(BulkClient.MAX_RECORD_BYTES)));
        client.flush();
        assertTrue(fake.bodyBytes.stream().allMatch(b -> b <= BulkClient.CHUNK_BYTES), fake.bodyBytes.toString());
        assertEquals(1_000, fake.bodyLines.stream().mapToInt(Integer::intValue).sum());
        assertTrue(fake.bodyLines.size() >= 2);
        BulkClient.Outcome huge = outcomes.get(1_000);
        assertEquals(BulkClient.Status.rejected, huge.status());
        assertTrue(huge.reason().startsWith("too_large: "));
    }

    @Test
    void theSameChunkIsSentAgainWhileThePlatformIsAway() throws Exception {
        Fake fake = new Fake();
        fake.failures.add(new BulkClient.Answer(503,
                "{\"error\":{\"code\":\"pipeline_unavailable\",\"message\":\"retry later\"}}"));
        fake.failures.add(Fake.REFUSED);
        List<BulkClient.Outcome> outcomes = new ArrayList<>();
        BulkClient client = fake.client(outcomes);
        client.add(record(1));
        client.flush();

        assertEquals(List.of(1, 1, 1), fake.bodyLines, "the same body three times");
        assertEquals(1, outcomes.size());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), fake.sleeps);
        assertEquals(List.of(
                "the platform is unavailable (HTTP 503 pipeline_unavailable: retry later); retrying in 0.5 s",
                "cannot reach http://voc/api/v1/feedback/bulk (connection refused - is VOC running? ./voc up starts it);"
                        + " retrying in 1 s"), fake.notices);
    }

    @Test
    void afterTwoMinutesOfRetriesTheImportStops() throws Exception {
        Fake fake = new Fake();
        fake.alwaysFail = true;
        BulkClient client = fake.client(new ArrayList<>());
        client.add(record(7));
        BulkClient.ImportFailedException e = assertThrows(BulkClient.ImportFailedException.class, client::flush);
        assertTrue(e.getMessage().contains("gave up after retrying for 2 minutes (lines 7-7 and later were not sent"),
                e.getMessage());
        long slept = fake.sleeps.stream().mapToLong(Duration::toMillis).sum();
        assertTrue(slept <= Duration.ofMinutes(2).toMillis() && slept > Duration.ofSeconds(100).toMillis(), "" + slept);
        assertTrue(fake.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(10)) <= 0), "back-off is capped");
    }

    @Test
    void aRefusedRequestIsNotRetried() throws Exception {
        Fake fake = new Fake();
        fake.failures.add(new BulkClient.Answer(413,
                "{\"error\":{\"code\":\"too_many_lines\",\"message\":\"at most 10000 lines per request\"}}"));
        BulkClient client = fake.client(new ArrayList<>());
        client.add(record(3));
        BulkClient.ImportFailedException e = assertThrows(BulkClient.ImportFailedException.class, client::flush);
        assertEquals("POST http://voc/api/v1/feedback/bulk answered HTTP 413 too_many_lines: at most 10000 lines per "
                + "request for lines 3-3; this is a bug of the importer, please report it with this message", e.getMessage());
        assertEquals(List.of(), fake.sleeps);
    }

    private static SourceRecord record(long line) {
        return record(line, "text of line " + line);
    }

    private static SourceRecord record(long line, String text) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("product", "p").put("channel", "in_app")
                .put("text", text);
        return SourceRecord.of(line, "original " + line, json);
    }

    /** A platform that accepts every line it is sent, after the failures queued up. */
    private static final class Fake {
        static final BulkClient.Answer REFUSED = new BulkClient.Answer(-1, null);
        final Deque<BulkClient.Answer> failures = new ArrayDeque<>();
        boolean alwaysFail;
        final List<Integer> bodyLines = new ArrayList<>();
        final List<Integer> bodyBytes = new ArrayList<>();
        final List<Duration> sleeps = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final AtomicLong clock = new AtomicLong();

        BulkClient client(List<BulkClient.Outcome> outcomes) {
            return new BulkClient(this::post, "http://voc/api/v1/feedback/bulk", outcomes::addAll, notices::add,
                    d -> {
                        sleeps.add(d);
                        clock.addAndGet(d.toNanos());
                    }, clock::get);
        }

        BulkClient.Answer post(byte[] body) throws IOException {
            String text = new String(body, StandardCharsets.UTF_8);
            String[] lines = text.split("\n");
            assertTrue(text.endsWith("\n"));
            bodyLines.add(lines.length);
            bodyBytes.add(body.length);
            if (alwaysFail) {
                return new BulkClient.Answer(503, "{\"error\":{\"code\":\"pipeline_unavailable\",\"message\":\"x\"}}");
            }
            if (!failures.isEmpty()) {
                BulkClient.Answer failure = failures.poll();
                if (failure == REFUSED) {
                    throw new ConnectException();
                }
                return failure;
            }
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= lines.length; i++) {
                JSON.readTree(lines[i - 1]); // every line is one JSON object
                items.append(i > 1 ? "," : "").append("{\"line\":").append(i).append(",\"id\":\"id").append(i)
                        .append("\",\"status\":\"accepted\"}");
            }
            return new BulkClient.Answer(200, "{\"items\":[" + items + "]}");
        }
    }
}
