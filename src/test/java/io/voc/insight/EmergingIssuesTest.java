package io.voc.insight;

import static io.restassured.RestAssured.given;
import static io.voc.support.EnrichedDemoData.LAST_DAY;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.nlp.application.NlpEngine;
import io.voc.search.application.RollUpFeedbackDays;
import io.voc.support.EnrichedDemoData;
import io.voc.support.FeedbackDocuments;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Emerging issues on the demo data, as a product manager would look for them: the planted pocketbank
 * login crash (eu, android, 3.9.0, the last ten days) and the aurora-music pricing wave (the weeks after
 * the price change) are found; each item leads to exactly the feedback it counted; users see only their
 * products' signals.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(EnrichedDemoData.Profile.class)
class EmergingIssuesTest {
    /** The login crash as VOC's NLP names it: a topic, an aspect, keyphrases. */
    private static final Set<String> LOGIN_CRASH = Set.of("stability", "account", "login", "login screen",
            "android app crash", "crash");
    /** The price increase as VOC's NLP names it. */
    private static final Set<String> PRICE_INCREASE = Set.of("billing", "price", "premium", "price increase",
            "new price", "premium price");

    @Inject
    NlpEngine nlp;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;
    @Inject
    RollUpFeedbackDays rollUp;

    @BeforeEach
    void demoData() throws Exception {
        EnrichedDemoData.ensureLoaded(nlp);
    }

    @Test
    void thePocketbankLoginCrashLeadsWhenNarrowedToEuAndroid390() {
        JsonPath answer = emerging(asAdmin(), Map.of("product", "pocketbank", "region", "eu", "platform", "android",
                "appVersion", "3.9.0", "window", "10d", "to", LAST_DAY.toString()));
        System.out.println(answer.prettify());
        assertEquals("2026-11-15T00:00:00Z", answer.getString("window.from"));
        assertEquals("2026-11-25T00:00:00Z", answer.getString("window.to"));
        // 3.9.0 came out two days before the window: too new for a baseline of its own
        assertEquals(List.of("appVersion"), answer.getList("baseline.widened"));
        List<String> top = answer.<String>getList("items.key").subList(0, 3);
        assertTrue(top.stream().allMatch(LOGIN_CRASH::contains), "top items: " + top);
        Map<String, Object> stability = item(answer, "topic", "stability");
        assertTrue(((Number) stability.get("ratio")).doubleValue() > 3, stability.toString());
        assertTrue(((Number) stability.get("qValue")).doubleValue() < 0.001, stability.toString());
    }

    @Test
    void iosUsersOfTheSameVersionShowNoLoginCrash() {
        JsonPath answer = emerging(asAdmin(), Map.of("product", "pocketbank", "region", "eu", "platform", "ios",
                "appVersion", "3.9.0", "window", "10d", "to", LAST_DAY.toString()));
        System.out.println(answer.prettify());
        assertTrue(answer.<String>getList("items.key").stream().noneMatch(LOGIN_CRASH::contains),
                answer.getList("items.key").toString());
    }

    @Test
    void theAuroraMusicPricingWaveShowsInTheWeeksAfterThePriceChange() {
        // the price changed on LAST_DAY - 30: a window of the two weeks from that day on
        JsonPath answer = emerging(asAdmin(), Map.of("product", "aurora-music", "window", "14d",
                "to", LAST_DAY.minusDays(17).toString()));
        System.out.println(answer.prettify());
        List<String> top = answer.<String>getList("items.key").subList(0, 2);
        assertTrue(top.stream().allMatch(PRICE_INCREASE::contains), "top items: " + top);
        assertTrue(answer.<String>getList("items.key").contains("billing"));
    }

    /**
     * A baseline that is not narrowed reads its closed days from the daily roll-ups once they exist
     * (docs/dashboard.md): the report is the same as when every day is read live.
     */
    @Test
    void theSameReportWhenTheBaselineComesFromDailyRollups() throws Exception {
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        documents.deleteWhere(EnrichedDemoData.INDEX + "-daily", "product:aurora-music");
        Map<String, String> pricingWave = Map.of("product", "aurora-music", "window", "14d",
                "to", LAST_DAY.minusDays(17).toString());
        String live = asAdmin().queryParams(pricingWave).get("/api/v1/emerging").then().statusCode(200)
                .extract().asString();

        rollUp.run();
        assertTrue(documents.count(EnrichedDemoData.INDEX + "-daily", "{\"term\":{\"product\":\"aurora-music\"}}") >= 28,
                "the baseline's days are rolled up");
        String rolledUp = asAdmin().queryParams(pricingWave).get("/api/v1/emerging").then().statusCode(200)
                .extract().asString();
        assertEquals(live, rolledUp);

        // and it is read from them: a roll-up changed behind VOC's back (its source unchanged) shows in the count
        String rollup = "/" + EnrichedDemoData.INDEX + "-daily/_doc/aurora-music%7C" + LAST_DAY.minusDays(40);
        long count = documents.request("GET", rollup, null).path("_source").path("count").asLong();
        String update = rollup.replace("/_doc/", "/_update/") + "?refresh=true";
        try {
            documents.request("POST", update, "{\"doc\":{\"count\":" + (count + 1000) + "}}");
            long baseline = new JsonPath(rolledUp).getLong("baseline.count");
            assertEquals(baseline + 1000, emerging(asAdmin(), pricingWave).getLong("baseline.count"));
        } finally {
            documents.request("POST", update, "{\"doc\":{\"count\":" + count + "}}");
        }
    }

    @Test
    void aUserOfOneProductNeverSeesAnotherProductsSignal() {
        Map<String, String> euAndroid = Map.of("region", "eu", "platform", "android", "window", "10d",
                "to", LAST_DAY.toString());
        // over every product, pocketbank's crash shows
        JsonPath everything = emerging(asAdmin(), euAndroid);
        assertTrue(everything.<String>getList("items.key").contains("stability"), everything.prettify());

        String viewer = SignedIn.newUser(users, hasher, "tripnest-viewer", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey("tripnest"))));
        JsonPath seen = emerging(as(viewer), euAndroid);
        JsonPath tripnest = emerging(asAdmin(), with(euAndroid, "product", "tripnest"));
        assertEquals(tripnest.getLong("window.count"), seen.getLong("window.count"));
        assertEquals(tripnest.getLong("baseline.count"), seen.getLong("baseline.count"));
        assertEquals(tripnest.getList("items.key"), seen.getList("items.key"));
        assertFalse(seen.<String>getList("items.key").contains("stability"), seen.prettify());
        as(viewer).queryParams(with(euAndroid, "product", "pocketbank")).get("/api/v1/emerging").then()
                .statusCode(403);
        as(viewer).queryParams(with(euAndroid, "product", "pocketbank")).get("/emerging").then().statusCode(403);
    }

    @Test
    void eachItemLinksToExactlyTheFeedbackItCounted() {
        Map<String, String> narrowed = Map.of("product", "pocketbank", "region", "eu", "platform", "android",
                "appVersion", "3.9.0", "window", "10d", "to", LAST_DAY.toString());
        String page = asAdmin().queryParams(narrowed).get("/emerging").then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("<a href=\"(/\\?[^\"]*topic=stability[^\"]*)\">stability</a>").matcher(page);
        assertTrue(link.find(), page);
        String href = link.group(1).replace("&amp;", "&");
        assertEquals("/?product=pocketbank&from=2026-11-15&to=2026-11-24&region=eu&platform=android"
                + "&appVersion=3.9.0&topic=stability", href);
        JsonPath answer = emerging(asAdmin(), narrowed);
        Object counted = item(answer, "topic", "stability").get("windowCount");
        asAdmin().get(href).then().statusCode(200)
                .body(containsString("<strong>" + counted + "</strong>"))
                .body(containsString("Narrowed to"));
        // every kind of item: its link finds as many feedback as it counted (topics, nested aspects, keyphrases)
        List<Map<String, Object>> items = answer.getList("items");
        for (String kind : List.of("topic", "aspect", "term")) {
            Map<String, Object> first = items.stream().filter(i -> kind.equals(i.get("kind"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " listed"));
            String searchLink = (String) first.get("searchLink");
            asAdmin().urlEncodingEnabled(false).get("/api/v1/feedback/search" + searchLink.substring(1)).then()
                    .statusCode(200)
                    .body("total", equalTo(first.get("windowCount")));
        }
    }

    @Test
    void thePageExplainsTheMethodAndSaysWhenNothingRose() {
        String page = asAdmin().queryParams(Map.of("product", "pocketbank", "window", "7d",
                "to", LAST_DAY.minusDays(40).toString())).get("/emerging").then().statusCode(200)
                .body(containsString("href=\"/emerging\""))
                .body(containsString("Fisher&#39;s exact test"))
                .body(containsString("Benjamini-Hochberg"))
                .extract().asString();
        System.out.println(page);
        assertTrue(page.contains("Nothing rose significantly"), page);
        asAdmin().queryParams(Map.of("product", "no-such-product", "to", LAST_DAY.toString())).get("/emerging")
                .then().statusCode(200).body(containsString("No feedback in this window"));
    }

    @Test
    void badParametersAre400NamingTheField() {
        for (Map.Entry<String, String> bad : Map.of("window", "a week", "baseline", "0d", "to", "yesterday",
                "region", "e".repeat(101), "product", "Not A Product!").entrySet()) {
            asAdmin().queryParam(bad.getKey(), bad.getValue()).get("/api/v1/emerging").then().statusCode(400)
                    .body("error.field", equalTo(bad.getKey()));
        }
        asAdmin().queryParam("window", "a week").get("/emerging").then().statusCode(200)
                .body(containsString("window must be a number of days or weeks"))
                .body(not(containsString("<table")));
        given().get("/api/v1/emerging").then().statusCode(401);
    }

    private static JsonPath emerging(io.restassured.specification.RequestSpecification who, Map<String, String> params) {
        return who.queryParams(params).get("/api/v1/emerging").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath answer, String kind, String key) {
        List<Map<String, Object>> items = answer.getList("items");
        return items.stream().filter(i -> kind.equals(i.get("kind")) && key.equals(i.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + key + " is not listed: " + answer.prettify()));
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(params);
        more.put(name, value);
        return more;
    }
}
