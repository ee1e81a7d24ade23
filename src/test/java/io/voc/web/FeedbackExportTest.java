package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnExportIndex;
import io.voc.support.TestStack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The export hands out every matching feedback exactly once, however many pages it takes, and nothing
 * else, and filters as search does.
 */
@QuarkusTest
@TestProfile(OwnExportIndex.Profile.class)
@QuarkusTestResource(TestStack.class)
class FeedbackExportTest extends ExportTestBase {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anExportLongerThanOnePageHasEveryMatchOnceAndNothingElse() throws Exception {
        String productA = "exp-a-" + run;
        String productB = "exp-b-" + run;
        // 2,500 feedback with one and the same createdAt: only the tiebreaker keeps the pages apart
        DOCUMENTS.write(WRITE_ALIAS, productA, 2_500, null, null);
        DOCUMENTS.write(WRITE_ALIAS, productB, 3, null, null);
        Set<String> idsOfA = ids(productA, 2_500);

        Response jsonl = export("jsonl", Map.of("product", productA));
        jsonl.then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"voc-feedback-\\d{8}-\\d{6}\\.jsonl\""))
                .header("X-Total-Count", equalTo("2500"));
        List<String> jsonIds = jsonLines(jsonl).stream().map(item -> item.path("id").asText()).toList();
        assertEquals(2_500, jsonIds.size(), "one line per feedback");
        assertEquals(idsOfA, new HashSet<>(jsonIds), "every feedback of A, once, and no feedback of B");

        Response csv = export("csv", Map.of("product", productA));
        csv.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"voc-feedback-\\d{8}-\\d{6}\\.csv\""));
        List<String> csvIds = csvRows(csv).stream().map(r -> r.get("id")).toList();
        assertEquals(2_500, csvIds.size(), "one row per feedback");
        assertEquals(idsOfA, new HashSet<>(csvIds));

        List<String> onlyB = jsonLines(export("jsonl", Map.of("product", productB))).stream()
                .map(item -> item.path("id").asText()).toList();
        assertEquals(ids(productB, 3), new HashSet<>(onlyB));
    }

    @Test
    void aLimitCutsTheExportAcrossPagesWithoutRepeats() throws Exception {
        String product = "exp-limit-" + run;
        DOCUMENTS.write(WRITE_ALIAS, product, 1_500, null, null);

        Response limited = export("jsonl", Map.of("product", product, "limit", "1200"));
        limited.then().statusCode(200).header("X-Total-Count", equalTo("1500"));
        List<String> found = jsonLines(limited).stream().map(item -> item.path("id").asText()).toList();
        assertEquals(1_200, found.size());
        assertEquals(1_200, new HashSet<>(found).size(), "no feedback twice");
        assertTrue(ids(product, 1_500).containsAll(found));
    }

    @Test
    void wordsAndTimeWindowFilterAsInSearchAndNewestComesFirst() throws Exception {
        String product = "exp-filter-" + run;
        List<String> texts = List.of("Crashes every time I rotate the phone", "应用一直闪退，请尽快修复",
                "Lovely design, smooth scrolling");
        DOCUMENTS.writeAll(WRITE_ALIAS, 3, i -> createdOn(DOCUMENTS.document(product, i, texts.get(i)), i + 1));

        assertEquals(List.of(texts.get(2), texts.get(1), texts.get(0)), textsOf(Map.of("product", product)));
        // English stemming and CJK bigrams, as search has them
        assertEquals(List.of(texts.get(0)), textsOf(Map.of("product", product, "q", "crashing")));
        assertEquals(List.of(texts.get(1)), textsOf(Map.of("product", product, "q", "闪退")));
        assertEquals(List.of(), textsOf(Map.of("product", product, "q", "refund")));
        // from inclusive, to exclusive; a bare day is that whole day
        assertEquals(List.of(texts.get(1)), textsOf(Map.of("product", product, "from", "2026-11-02", "to", "2026-11-02")));
        assertEquals(List.of(texts.get(2), texts.get(1)),
                textsOf(Map.of("product", product, "from", "2026-11-02T08:00:00Z")));
    }

    @Test
    void jsonLinesAreTheItemsOfTheSearchApi() throws Exception {
        String product = "exp-items-" + run;
        DOCUMENTS.writeAll(WRITE_ALIAS, 3, i -> {
            var doc = createdOn(DOCUMENTS.document(product, i, "Feedback number " + i + "\nwith a second line"), i + 1)
                    .put("rating", i + 2);
            doc.putObject("attributes").put("device", "Pixel " + i);
            var nlp = doc.putObject("nlp").put("language", "en").put("intent", "bug_report").put("nlpVersion", "test-1");
            nlp.putObject("sentiment").put("label", "negative").put("score", -0.5);
            nlp.putArray("topics").add("stability");
            return doc;
        });

        List<JsonNode> lines = jsonLines(export("jsonl", Map.of("product", product)));
        List<JsonNode> items = new ArrayList<>();
        new ObjectMapper().readTree(asAdmin().queryParam("product", product).get("/api/v1/feedback/search")
                .then().statusCode(200).extract().asString()).path("items").forEach(items::add);
        assertEquals(3, lines.size());
        assertEquals(items, lines, "the same items, in the same order (newest first)");
    }

    private static List<String> textsOf(Map<String, ?> params) throws Exception {
        return jsonLines(export("jsonl", params)).stream().map(item -> item.path("text").asText()).toList();
    }

    private static Set<String> ids(String product, int count) {
        return IntStream.range(0, count).mapToObj(i -> FeedbackDocuments.id(product, i)).collect(Collectors.toSet());
    }
}
