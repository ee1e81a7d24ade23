package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.voc.support.OwnExportIndex;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The export streams: a reader that stops reading holds the server at the page it is on (memory does not
 * grow with the export), a reader that hangs up frees Elasticsearch's point in time at once, and bad
 * parameters are refused before anything is streamed.
 */
@QuarkusTest
@TestProfile(OwnExportIndex.Profile.class)
@QuarkusTestResource(TestStack.class)
class FeedbackExportStreamingTest extends ExportTestBase {
    /** 2,000 feedback of 15,000 characters: 30 MB, far more than the sockets between server and reader hold. */
    private static final int COUNT = 2_000;
    private static final String LONG_TEXT = "Songs skip randomly after the update. ".repeat(400).strip();

    private final String product = "exp-big-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReaderThatStopsHoldsTheExportAndOneThatHangsUpEndsIt() throws Exception {
        DOCUMENTS.writeAll(WRITE_ALIAS, COUNT, i -> DOCUMENTS.document(product, i, LONG_TEXT + " #" + i));

        SignedIn.ensureAdmin();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream request = socket.getOutputStream();
            request.write(("GET /api/v1/feedback/export?format=csv&product=" + product + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + SignedIn.adminAuthorization() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(64 * 1024);
            assertTrue(new String(start, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200"),
                    new String(start, 0, 200, StandardCharsets.UTF_8));

            // not reading on: the server waits with its point in time open instead of racing to the end
            Thread.sleep(2_000);
            assertEquals(1, DOCUMENTS.openSearchContexts(INDEX),
                    "the export is still under way, held by the reader");
        }
        // hung up: the export ends and its point in time is closed
        everyPointInTimeIsClosed();

        // and the app still serves the whole export to a reader who reads
        assertEquals(COUNT, csvRows(export("csv", Map.of("product", product))).size());
    }

    @Test
    void aFailureMidwayCutsTheFileShortSoTheReaderNotices() throws Exception {
        // the oldest feedback (on the second page) is one this VOC refuses to read: its createdAt lies
        // long after its receivedAt - as if Elasticsearch had failed while the first page was sent
        DOCUMENTS.writeAll(WRITE_ALIAS, 1_500, i -> i < 1_499
                ? createdOn(DOCUMENTS.document(product, i, "fine " + i), 20)
                : DOCUMENTS.document(product, i, "broken").put("receivedAt", "2026-10-01T00:00:00Z"));

        // HTTP/1.1 as browsers and curl download: the file comes in chunks, and the last chunk never comes
        SignedIn.ensureAdmin();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + RestAssured.port + "/api/v1/feedback/export?format=jsonl&product=" + product))
                .header("Authorization", SignedIn.adminAuthorization()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        int[] lines = {0};
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThrows(IOException.class, () -> {
                while (body.readLine() != null) {
                    lines[0]++;
                }
            }, "the reader is told that the file is incomplete");
        }
        assertEquals(1_000, lines[0], "the first page arrived, the rest did not");
    }

    @Test
    void badParametersAreRefusedInTheApiErrorShapeBeforeAnythingIsStreamed() {
        refused(Map.of("product", "x"), "format", "format must be one of csv, jsonl");
        refused(Map.of("format", "xlsx"), "format", "format must be one of csv, jsonl (got 'xlsx')");
        refused(Map.of("format", "csv", "limit", "0"), "limit", "limit must be between 1 and 1000000 (got 0)");
        refused(Map.of("format", "csv", "limit", "1000001"), "limit", "limit must be between 1 and 1000000 (got 1000001)");
        refused(Map.of("format", "csv", "limit", "all"), "limit", "limit must be a whole number (got 'all')");
        refused(Map.of("format", "jsonl", "from", "yesterday"), "from", null);
        refused(Map.of("format", "jsonl", "from", "2026-11-20", "to", "2026-11-10"), "to", "to must be after from");
        refused(Map.of("format", "jsonl", "product", "Not A Product!"), "product", null);
        refused(Map.of("format", "jsonl", "q", "x".repeat(1_001)), "q", "q must be at most 1000 characters");
    }

    private static void refused(Map<String, ?> params, String field, String message) {
        var answer = asAdmin().queryParams(params).get("/api/v1/feedback/export").then()
                .statusCode(400)
                .contentType(startsWith("application/json"))
                .header("Content-Disposition", nullValue())
                .body("error.code", equalTo("invalid_field"))
                .body("error.field", equalTo(field));
        if (message != null) {
            answer.body("error.message", equalTo(message));
        }
    }
}
