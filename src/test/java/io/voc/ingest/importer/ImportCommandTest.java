package io.voc.ingest.importer;

import static io.voc.support.SignedIn.asAdmin;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code ./voc import} end to end: a CSV file with good and bad rows goes through the bulk API into
 * search; the rejects file names the bad rows by their line in the file; a second run stores nothing new.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ImportCommandTest {
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(15);

    @TestHTTPResource("/")
    URL url;

    @Test
    void importsACsvFileReportsItsRejectsByLineAndASecondRunFindsOnlyDuplicates() throws Exception {
        String product = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("voc-import-test");
        Path file = dir.resolve("reviews.csv");
        List<String> rows = rows();
        Files.writeString(file, "source_id,Review Text,rating,channel,created_at,locale,Device Model\n"
                + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("reviews.csv.rejects.csv");

        Run first = run(file.toString(), "--url", url.toString(), "--product", product, "--map", "Review Text=text");

        assertEquals(0, first.status, first.err);
        assertEquals("read 25, accepted 22, duplicates 0, rejected 3\nrejected records: " + rejects + "\n",
                first.out.substring(0, first.out.indexOf("took ")));
        assertTrue(first.err.startsWith("columns: source_id -> sourceId, Review Text -> text, rating -> rating, "
                + "channel -> channel, created_at -> createdAt, locale -> locale, Device Model -> "
                + "attributes.Device_Model\n"), first.err);

        // Row 5 spans lines 6-7, so rows 10, 15 and 20 stand on lines 12, 17 and 22.
        List<CSVRecord> rejected = readRejects(rejects);
        assertEquals(3, rejected.size());
        assertReject(rejected.get(0), "12", "invalid_field: text is required and must not be blank", "text", rows.get(9));
        assertReject(rejected.get(1), "17", "invalid_field: rating must be between 1 and 5 (got 7)", "rating",
                rows.get(14));
        assertReject(rejected.get(2), "22", "invalid_field: channel 'fax' is unknown; one of app_store, google_play, "
                + "in_app, support, survey, social, other", "channel", rows.get(19));

        await().atMost(INDEXED_WITHIN).untilAsserted(() -> search(product).body("total", equalTo(22)));
        JsonPath found = search(product).extract().jsonPath();
        assertEquals("Line one of a long review,\nline two, with \"quotes\"", text(found, "r-5"));
        assertEquals("应用一直闪退，请尽快修复", text(found, "r-8"));
        assertEquals(Map.of("Device_Model", "Pixel 1"), found.getMap("items.find { it.sourceId == 'r-1' }.attributes"));
        assertEquals(Integer.valueOf(2), found.get("items.find { it.sourceId == 'r-1' }.rating"));

        // Running the same import again is safe: everything stored is a duplicate, the rejects are the same.
        Run second = run(file.toString(), "--url", url.toString(), "--product", product, "--map", "Review Text=text");

        assertEquals(0, second.status, second.err);
        assertTrue(second.out.startsWith("read 25, accepted 0, duplicates 22, rejected 3\n"), second.out);
        assertEquals(3, readRejects(rejects).size());
        search(product).body("total", equalTo(22));
    }

    @Test
    void aJsonLinesFileWithAMalformedLineImportsTheRest() throws Exception {
        String product = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempDirectory("voc-import-test").resolve("feedback.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"channel\":\"in_app\",\"sourceId\":\"j-1\",\"text\":\"Dark mode please\"}",
                "{\"channel\":\"in_app\",\"sourceId\":\"j-2\",\"text\":\"cut off",
                "",
                "{\"channel\":\"in_app\",\"sourceId\":\"j-3\",\"body\":\"Sync is slow\"}") + "\n",
                StandardCharsets.UTF_8);

        Run run = run(file.toString(), "--url", url.toString(), "--product", product, "--map", "body=text");

        assertEquals(0, run.status, run.err);
        assertTrue(run.out.startsWith("read 3, accepted 2, duplicates 0, rejected 1\n"), run.out);
        List<CSVRecord> rejected = readRejects(Path.of(file + ".rejects.csv"));
        assertEquals(1, rejected.size());
        assertEquals("2", rejected.get(0).get("line"));
        assertTrue(rejected.get(0).get("reason").startsWith("malformed_json: "), rejected.get(0).get("reason"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() -> search(product).body("total", equalTo(2)));
    }

    /** 25 rows: row 5 has a quoted text over two lines, row 8 is Chinese, rows 10, 15 and 20 are bad. */
    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            String text = "Review number " + i + ": the app works";
            String rating = String.valueOf(i % 5 + 1);
            String channel = i % 2 == 0 ? "google_play" : "app_store";
            String locale = "en-US";
            switch (i) {
                case 5 -> text = "\"Line one of a long review,\nline two, with \"\"quotes\"\"\"";
                case 8 -> {
                    text = "应用一直闪退，请尽快修复";
                    locale = "zh-CN";
                }
                case 10 -> text = "";
                case 15 -> rating = "7";
                case 20 -> channel = "fax";
                default -> {
                }
            }
            rows.add(String.join(",", "r-" + i, text, rating, channel,
                    String.format("2026-11-20T10:%02d:00Z", i), locale, "Pixel " + i));
        }
        return rows;
    }

    private static void assertReject(CSVRecord row, String line, String reason, String field, String original) {
        assertEquals(line, row.get("line"));
        assertEquals(reason, row.get("reason"));
        assertEquals(field, row.get("field"));
        assertEquals(original, row.get("record"));
    }

    private static List<CSVRecord> readRejects(Path rejects) throws IOException {
        try (Reader reader = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static io.restassured.response.ValidatableResponse search(String product) {
        return asAdmin().queryParam("product", product).queryParam("size", 100).when().get("/api/v1/feedback/search")
                .then().statusCode(200);
    }

    private static String text(JsonPath found, String sourceId) {
        return found.getString("items.find { it.sourceId == '" + sourceId + "' }.text");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SignedIn.ensureAdmin();
        Map<String, String> env = Map.of("VOC_USER", SignedIn.ADMIN, "VOC_PASSWORD", SignedIn.ADMIN_PASSWORD);
        int status = ImportCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
