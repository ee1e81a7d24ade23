package io.voc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnExportIndex;
import io.voc.support.TestStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A CSV export opened by a spreadsheet or parsed by a CSV library: multi-line and Chinese text intact,
 * the NLP results in their columns, and no cell that a spreadsheet would run as a formula.
 */
@QuarkusTest
@TestProfile(OwnExportIndex.Profile.class)
@QuarkusTestResource(TestStack.class)
class FeedbackExportCsvTest extends ExportTestBase {
    private static final String MULTI_LINE = "First line\nsecond line, with a comma and \"quotes\"\n\nfourth line";
    private static final String CHINESE = "应用一直闪退，请尽快修复 😡";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    private final String product = "exp-csv-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void textSurvivesTheRoundTripAndFormulasAreDefused() throws Exception {
        DOCUMENTS.writeAll(WRITE_ALIAS, 4, i -> switch (i) {
            case 0 -> createdOn(DOCUMENTS.document(product, 0, MULTI_LINE), 4);
            case 1 -> {
                var doc = createdOn(DOCUMENTS.document(product, 1, CHINESE), 3)
                        .put("locale", "zh-CN").put("rating", 1);
                var nlp = doc.putObject("nlp").put("language", "zh").put("intent", "bug_report")
                        .put("nlpVersion", "test-1");
                nlp.putObject("sentiment").put("label", "negative").put("score", -0.71);
                nlp.putArray("topics").add("stability").add("login");
                yield doc;
            }
            case 2 -> {
                var doc = createdOn(DOCUMENTS.document(product, 2, FORMULA), 2)
                        .put("region", "us").put("platform", "android").put("appVersion", "5.3.0")
                        .put("userId", "@attacker");
                doc.putObject("attributes").put("device", "Pixel 8");
                yield doc;
            }
            default -> createdOn(DOCUMENTS.document(product, 3, "-2+3"), 1);
        });

        Response response = export("csv", Map.of("product", product));
        assertEquals(List.of("id", "product", "channel", "sourceId", "createdAt", "rating", "locale", "region",
                "platform", "appVersion", "userId", "text", "attributes", "language", "sentiment", "sentimentScore",
                "intent", "topics"), csvHeader(response));
        List<CSVRecord> rows = csvRows(response);
        assertEquals(4, rows.size());

        CSVRecord multiLine = rows.get(0);
        assertEquals(FeedbackDocuments.id(product, 0), multiLine.get("id"));
        assertEquals(MULTI_LINE, multiLine.get("text"));
        assertEquals("", multiLine.get("sentiment"), "not enriched yet: empty NLP cells");

        CSVRecord chinese = rows.get(1);
        assertEquals(CHINESE, chinese.get("text"));
        assertEquals("zh-CN", chinese.get("locale"));
        assertEquals("1", chinese.get("rating"));
        assertEquals("zh", chinese.get("language"));
        assertEquals("negative", chinese.get("sentiment"));
        assertEquals("-0.71", chinese.get("sentimentScore"), "a negative number stays a number");
        assertEquals("bug_report", chinese.get("intent"));
        assertEquals("stability;login", chinese.get("topics"));

        CSVRecord formula = rows.get(2);
        assertEquals("'" + FORMULA, formula.get("text"));
        assertEquals("'@attacker", formula.get("userId"));
        assertEquals(List.of(product, "app_store", "r-2", "2026-11-02T08:00:00Z", "us", "android", "5.3.0",
                "{\"device\":\"Pixel 8\"}"), List.of(formula.get("product"), formula.get("channel"),
                formula.get("sourceId"), formula.get("createdAt"), formula.get("region"), formula.get("platform"),
                formula.get("appVersion"), formula.get("attributes")));

        assertEquals("'-2+3", rows.get(3).get("text"));
    }
}
