package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnExportIndex;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Export tests run on an index of their own (profile {@link OwnExportIndex.Profile}), so the points in time an
 * export opens can be counted: every test starts on a ready index and ends with none left open. Also reads
 * exported files back as their users' tools would.
 */
abstract class ExportTestBase {
    static final String INDEX = OwnExportIndex.INDEX;
    static final String WRITE_ALIAS = OwnExportIndex.WRITE_ALIAS;
    static final FeedbackDocuments DOCUMENTS = FeedbackDocuments.onTestStack();
    static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void indexIsReady() {
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> DOCUMENTS.aliasExists(WRITE_ALIAS));
    }

    @AfterEach
    void everyPointInTimeIsClosed() {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(0, DOCUMENTS.openSearchContexts(INDEX), "open points in time"));
    }

    /** Created (and received) on November {@code day}, 2026, at 08:00 UTC. */
    static ObjectNode createdOn(ObjectNode document, int day) {
        String at = String.format("2026-11-%02dT08:00:00Z", day);
        return document.put("createdAt", at).put("receivedAt", at);
    }

    static Response export(String format, Map<String, ?> params) {
        return asAdmin().queryParam("format", format).queryParams(params).get("/api/v1/feedback/export");
    }

    /** Each line of a JSON Lines export, parsed. */
    static List<JsonNode> jsonLines(Response response) throws Exception {
        String body = response.then().statusCode(200).extract().asString();
        List<JsonNode> items = new ArrayList<>();
        if (body.isEmpty()) {
            return items; // nothing matched
        }
        for (String line : body.split("\n")) {
            items.add(JSON.readTree(line));
        }
        assertTrue(body.endsWith("\n"), "every line ends with a line break");
        return items;
    }

    /** The rows of a CSV export after the header, by column name; the file must start with UTF-8's BOM. */
    static List<CSVRecord> csvRows(Response response) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText(response))).getRecords();
    }

    static List<String> csvHeader(Response response) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csvText(response))).iterator().next().toList();
    }

    private static String csvText(Response response) {
        byte[] body = response.then().statusCode(200).extract().asByteArray();
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(body, 3), "the file starts with UTF-8's byte-order mark");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
}
