package io.voc.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.support.FeedbackDocuments;
import io.voc.support.PackagedApp;
import io.voc.support.SignedIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The packaged app is killed (SIGKILL) in the middle of a re-enrichment job over 2,000 documents and
 * started again: the job resumes from its checkpoint in PostgreSQL (what was done before the kill is not
 * done again) and finishes with every document at the new model version.
 */
class ReenrichmentCrashIT {
    // four pages of 500: the checkpoints (500, 1,000, 1,500 done) all fall inside the window the kill must land
    // in (10-80 %, 200-1,600), and at least one page is left for the restarted app to do
    private static final int DOCUMENTS = 2_000;
    private static final String API = "/api/v1/admin/nlp/reenrichment";

    private final String name = "reenrich-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();

    @Test
    void aKilledJobResumesFromItsCheckpointAndFinishes() throws Exception {
        int port = PackagedApp.freePort();
        Process first = startApp(1, port);
        String id;
        long doneBeforeKill;
        Instant killedAt;
        try {
            awaitReady(port, first);
            SignedIn.ensureAdminInDatabase();
            documents.write(name + "-write", name, DOCUMENTS, "0.old", "2020-01-01T00:00:00Z");
            JsonNode job = send(port, "POST", API, "{\"scope\":\"all\"}");
            id = job.path("id").asText();

            JsonNode midway = await(port, id, j -> j.path("done").asLong() >= DOCUMENTS / 10, Duration.ofMinutes(2));
            doneBeforeKill = midway.path("done").asLong();
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown, the lease is not released
            killedAt = Instant.now();
            assertTrue(doneBeforeKill <= DOCUMENTS * 8 / 10, "the kill must happen mid-job (done " + doneBeforeKill + ")");
        } finally {
            first.destroyForcibly();
        }

        Process second = startApp(2, port);
        try {
            awaitReady(port, second);
            long firstSeenAfterRestart = get(port, id).path("done").asLong();
            assertTrue(firstSeenAfterRestart >= doneBeforeKill, "progress survives the crash: " + firstSeenAfterRestart
                    + " after the restart, " + doneBeforeKill + " before the kill");

            // the dead instance's lease expires (30 s), then this one takes the job over
            JsonNode done = await(port, id, j -> j.path("status").asText().equals("DONE"), Duration.ofMinutes(3));
            assertEquals(DOCUMENTS, done.path("total").asLong());
            assertEquals(DOCUMENTS, done.path("done").asLong(), "every document counted once: " + done);
            assertEquals(1, done.path("resumes").asInt(), "taken over once: " + done);
            String version = done.path("targetVersion").asText();

            // every document is at the new version ...
            assertEquals(DOCUMENTS, documents.count(name, "{\"term\":{\"nlp.nlpVersion\":\"" + version + "\"}}"));
            assertEquals(0, documents.count(name, "{\"term\":{\"nlp.nlpVersion\":\"0.old\"}}"));
            // ... and those done before the kill were not done again: it resumed, it did not start over
            long enrichedBeforeKill = documents.count(name,
                    "{\"range\":{\"nlp.enrichedAt\":{\"lt\":\"" + killedAt + "\",\"gt\":\"2021-01-01T00:00:00Z\"}}}");
            assertTrue(enrichedBeforeKill >= doneBeforeKill && enrichedBeforeKill < DOCUMENTS,
                    enrichedBeforeKill + " documents kept their analysis from before the kill (checkpoint at >= "
                            + doneBeforeKill + ")");
            String log = Files.readString(Path.of("target/" + getClass().getSimpleName() + "-app-2.log"));
            assertTrue(log.contains("Resuming re-enrichment job " + id), "the restarted app says it resumed");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process startApp(int run, int port) throws IOException {
        return PackagedApp.start(name, Path.of("target/" + getClass().getSimpleName() + "-app-" + run + ".log"), port,
                "1500m");
    }

    private void awaitReady(int port, Process app) throws Exception {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(2).toMillis();
        while (System.currentTimeMillis() < deadline) {
            assertTrue(app.isAlive(), "the app exited; see its log under target/");
            try {
                if (http.send(request(port, "GET", "/q/health/ready", null), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app was not ready within 2 minutes");
    }

    private JsonNode await(int port, String id, Predicate<JsonNode> condition, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        JsonNode job = null;
        while (System.currentTimeMillis() < deadline) {
            job = get(port, id);
            if (condition.test(job)) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job after " + within + ": " + job);
    }

    private JsonNode get(int port, String id) throws Exception {
        return send(port, "GET", API + "/" + id, null);
    }

    private JsonNode send(int port, String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(port, method, path, body), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return json.readTree(response.body());
    }

    private static HttpRequest request(int port, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", SignedIn.adminAuthorization())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
