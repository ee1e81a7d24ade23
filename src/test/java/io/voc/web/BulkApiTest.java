package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.TestStack;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bulk API judges each NDJSON line on its own and says what happened to it. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class BulkApiTest {
    private static final String NDJSON = "application/x-ndjson";

    @Test
    void answersEachLineAndStoresOnlyTheGoodOnesOnce() {
        String p = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        String body = String.join("\n",
                line(p, "gp-1", "Crashes on start"),                                   // 1 accepted
                "{\"product\":\"" + p + "\",\"channel\":\"in_app\",\"rating\":3}",       // 2 no text
                "{not json",                                                             // 3 malformed
                "",                                                                      // 4 blank: skipped
                line(p, "gp-2", "Login loops forever"),                                 // 5 accepted
                line(p, "gp-1", "Crashes on start"),                                   // 6 same as line 1
                "{\"product\":\"" + p + "\",\"channel\":\"in_app\",\"txt\":\"typo\"}",   // 7 unknown field
                "{\"product\":\"" + p + "\",\"channel\":\"in_app\",\"text\":\"x\",\"rating\":\"five\"}"); // 8

        asAdmin().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/feedback/bulk").then().statusCode(200)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("rejected", equalTo(4))
                .body("items.size()", equalTo(7))
                .body("items[0].line", equalTo(1)).body("items[0].status", equalTo("accepted"))
                .body("items[0].id", matchesPattern("[0-9a-f]{32}")).body("items[0].error", nullValue())
                .body("items[1].line", equalTo(2)).body("items[1].status", equalTo("rejected"))
                .body("items[1].error.field", equalTo("text")).body("items[1].id", nullValue())
                .body("items[2].line", equalTo(3)).body("items[2].error.code", equalTo("malformed_json"))
                .body("items[3].line", equalTo(5)).body("items[3].status", equalTo("accepted"))
                .body("items[4].line", equalTo(6)).body("items[4].status", equalTo("duplicate"))
                .body("items[5].line", equalTo(7)).body("items[5].error.code", equalTo("unknown_field"))
                .body("items[5].error.field", equalTo("txt"))
                .body("items[6].line", equalTo(8)).body("items[6].error.field", equalTo("rating"));

        FeedbackRoundTripTest.awaitSearch(Map.of("product", p), 2);

        // sending the body again: what is stored is reported as duplicate, nothing new is stored
        asAdmin().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/feedback/bulk").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(3)).body("rejected", equalTo(4));
        FeedbackRoundTripTest.search(Map.of("product", p)).body("total", equalTo(2));
    }

    @Test
    void refusesBodiesBeyondItsLimitsWithAHelpfulError() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            body.append(line("too-many", "s-" + i, "x")).append('\n');
        }
        asAdmin().contentType(NDJSON).body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/feedback/bulk").then().statusCode(413)
                .body("error.code", equalTo("too_many_lines"))
                .body("error.message", containsString("at most 10000 lines"));
        asAdmin().contentType(NDJSON).body("\n\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/feedback/bulk").then().statusCode(400)
                .body("error.code", equalTo("empty_body"));
    }

    private static String line(String product, String sourceId, String text) {
        return "{\"product\":\"" + product + "\",\"channel\":\"google_play\",\"sourceId\":\"" + sourceId
                + "\",\"text\":\"" + text + "\"}";
    }
}
