package io.voc.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.support.FeedbackDocuments;
import io.voc.support.PackagedApp;
import io.voc.support.SchemaDatabase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 8's proof for exports: a saved query matching 200,000 feedback exports to completion from the packaged
 * app with its heap capped at 256 MiB (and an out-of-memory error ending the process, so it cannot hide), as
 * JSON Lines and as CSV, and the app still serves afterwards. The feedback are bulk-indexed straight into the
 * app's own index (named after the test), 20,000 more of them outside the query's rating bound; its
 * PostgreSQL schema is its own too. Both are deleted at the end.
 */
// everything it touches is its own (schema, index, ports): it runs beside the crash ITs (pom.xml, failsafe)
@Execution(ExecutionMode.CONCURRENT)
class QueryExportHeapIT {
    private static final int MATCHING = 200_000;
    /** Every 11th feedback is rated 1, below the query's {@code minRating}: 20,000 that must stay out. */
    private static final int INDEXED = MATCHING + MATCHING / 10;
    private static final String PASSWORD = "export-heap-admin-password-2026";
    private static final Instant FIRST = Instant.parse("2026-09-01T00:00:00Z");
    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    private final String name = "qexport-" + UUID.randomUUID().toString().substring(0, 8);
    private final String schema = name.replace('-', '_');
    private final Path log = Path.of("target/" + getClass().getSimpleName() + "-app.log");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private String base;

    @Test
    void anExportOf200000RowsStreamsToCompletionWithA256MiBHeap() throws Exception {
        int port = PackagedApp.freePort();
        base = "http://127.0.0.1:" + port;
        Process app = PackagedApp.start(name, log, port, "256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.flyway.schemas=" + schema,
                "-Dquarkus.flyway.default-schema=" + schema,
                "-Dquarkus.datasource.reactive.additional-properties.search_path=" + schema,
                "-Dvoc.admin.password=" + PASSWORD,
                "-Dvoc.nlp.enabled=false",
                "-Dvoc.indexer.enabled=false",
                "-Dvoc.schedules.enabled=false",
                // its own schema runs no daily warehouse export nor profile refresh: the Hive database is shared
                "-Dvoc.warehouse.export.daily=false",
                "-Dvoc.warehouse.profiles.scheduled=false");
        try {
            awaitReady(app);
            long indexStart = System.nanoTime();
            FeedbackDocuments documents = new FeedbackDocuments(PackagedApp.ES);
            documents.writeAll(name + "-write", INDEXED, i -> {
                String at = FIRST.plusSeconds(i * 10L).toString();
                return documents.document(name, i, FeedbackDocuments.TEXTS.get(i % FeedbackDocuments.TEXTS.size())
                                + " (review " + i + ")")
                        .put("createdAt", at).put("receivedAt", at).put("rating", i % 11 == 10 ? 1 : 2 + i % 4);
            });
            System.out.printf("indexed %d feedback in %.1f s%n", INDEXED, seconds(indexStart));

            String id = saveQuery("{\"name\":\"All but the angriest\",\"definition\":{\"filters\":"
                    + "{\"product\":\"" + name + "\",\"minRating\":2}}}");

            try (HeapWatch heap = new HeapWatch()) {
                exportJsonLines(id);
                exportCsv(id);
                System.out.printf("highest heap used seen during the exports: %.0f MiB (cap 256 MiB)%n",
                        heap.highest() / 1024.0 / 1024.0);
            }
            assertTrue(app.isAlive(), "the app survived the exports; see " + log);
            assertEquals(200, get("/q/health/live").statusCode(), "and still answers");
            assertFalse(Files.readString(log).contains("OutOfMemoryError"), "no out-of-memory error; see " + log);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            deleteIndices();
            new SchemaDatabase(schema).drop();
        }
    }

    /** Every line one feedback of the query, each once, newest first: the first and the last checked in full. */
    private void exportJsonLines(String id) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = export(id, "jsonl");
        assertEquals(String.valueOf(MATCHING), response.headers().firstValue("X-Total-Count").orElse(null));
        Set<String> ids = new HashSet<>();
        JsonNode first = null;
        JsonNode last = null;
        long lines = 0;
        long chars = 0;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                JsonNode item = json.readTree(line);
                if (first == null) {
                    first = item;
                }
                last = item;
                lines++;
                chars += line.length() + 1;
                assertTrue(item.path("rating").asInt() >= 2, line);
                ids.add(item.path("id").asText());
            }
        }
        System.out.printf("jsonl: %d rows (%.0f MB) in %.1f s%n", lines, chars / 1e6, seconds(start));
        assertEquals(MATCHING, lines, "every matching feedback arrived");
        assertEquals(MATCHING, ids.size(), "each once");
        // the newest matching one is number INDEXED - 2 (INDEXED - 1 is rated 1), the oldest number 0
        assertEquals(FeedbackDocuments.id(name, INDEXED - 2), first.path("id").asText());
        assertEquals(FIRST.plusSeconds((INDEXED - 2) * 10L).toString(), first.path("createdAt").asText());
        assertEquals(FeedbackDocuments.id(name, 0), last.path("id").asText());
        assertEquals(name, last.path("product").asText());
        assertEquals("The app keeps crashing every time I open it, terrible (review 0)", last.path("text").asText());
    }

    /** The CSV file read by a CSV parser, as a spreadsheet would: a header and 200,000 records. */
    private void exportCsv(String id) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = export(id, "csv");
        long records = 0;
        CSVRecord last = null;
        try (InputStream body = response.body()) {
            assertEquals(0xEF, body.read(), "UTF-8 byte-order mark");
            body.skipNBytes(2);
            CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(body, StandardCharsets.UTF_8));
            for (Iterator<CSVRecord> it = csv.iterator(); it.hasNext();) {
                last = it.next();
                records++;
            }
        }
        System.out.printf("csv: %d rows in %.1f s%n", records, seconds(start));
        assertEquals(MATCHING, records);
        assertEquals(FeedbackDocuments.id(name, 0), last.get("id"));
        assertEquals("2", last.get("rating"), "number 0 is rated 2");
    }

    private HttpResponse<InputStream> export(String id, String format) throws Exception {
        HttpResponse<InputStream> response = http.send(request("/api/v1/queries/" + id + "/export?format=" + format)
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return response;
    }

    private String saveQuery(String body) throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/queries").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body()).path("id").asText();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            assertTrue(app.isAlive(), "the app exited; see " + log);
            assertTrue(System.nanoTime() < deadline, "not ready within 2 minutes; see " + log);
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }

    /** The indices behind the app's read alias (Elasticsearch deletes no wildcard by default). */
    private void deleteIndices() throws Exception {
        HttpResponse<String> aliases = http.send(HttpRequest.newBuilder(URI.create(PackagedApp.ES + "/_alias/" + name))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (aliases.statusCode() != 200) {
            return;
        }
        for (Iterator<String> it = json.readTree(aliases.body()).fieldNames(); it.hasNext();) {
            http.send(HttpRequest.newBuilder(URI.create(PackagedApp.ES + "/" + it.next())).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Samples the app's heap in use (Prometheus, /q/metrics) every half second; its highest is a figure to report. */
    private final class HeapWatch implements AutoCloseable {
        private final AtomicLong highest = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::sample, "heap-watch");

        HeapWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running.get()) {
                try {
                    Matcher m = HEAP_USED.matcher(get("/q/metrics").body());
                    double used = 0;
                    while (m.find()) {
                        used += Double.parseDouble(m.group(1));
                    }
                    highest.accumulateAndGet((long) used, Math::max);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a missed sample only lowers the figure; the assertions do not rest on it
                }
            }
        }

        long highest() {
            return highest.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.interrupt();
            thread.join(2_000);
        }
    }
}
