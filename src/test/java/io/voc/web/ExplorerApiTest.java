package io.voc.web;

import static io.voc.support.EnrichedDemoData.LAST_DAY;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import io.voc.support.EnrichedDemoData;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/**
 * The Explorer's API on the enriched demo data, as an analyst uses it: a facet's count is exactly what
 * selecting that value gives, a selected facet still offers the others, searched words are marked, the
 * orders hold, one feedback opens with its whole analysis, and bad parameters are named.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(EnrichedDemoData.Profile.class)
class ExplorerApiTest {
    /** The last four weeks of pocketbank: the login crash is in them. */
    private static final Map<String, String> POCKETBANK = Map.of("product", "pocketbank",
            "from", LAST_DAY.minusDays(27).toString(), "to", LAST_DAY.toString());

    @Inject
    NlpEngine nlp;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @BeforeEach
    void demoData() throws Exception {
        EnrichedDemoData.ensureLoaded(nlp);
    }

    @Test
    void everyFacetCountIsWhatSelectingThatValueGives() {
        JsonPath all = explore(POCKETBANK);
        long total = all.getLong("total");
        assertTrue(total > 300, "four weeks of pocketbank: " + total);
        List<Map<String, Object>> facets = all.getList("facets");
        assertEquals(List.of("product", "channel", "region", "locale", "platform", "appVersion", "sentiment",
                "topic", "aspect", "persona"), facets.stream().map(f -> f.get("name")).toList());
        for (Map<String, Object> facet : facets) {
            List<Map<String, Object>> values = values(facet);
            if (facet.get("name").equals("persona")) {
                continue; // there once personas were built (PersonaJobTest checks that facet)
            }
            assertFalse(values.isEmpty(), "the demo data has values for " + facet.get("name"));
            // the second value too, so a facet whose first value is everything (the product) proves little alone
            for (Map<String, Object> value : values.subList(0, Math.min(2, values.size()))) {
                Map<String, String> selected = new HashMap<>(POCKETBANK);
                selected.put((String) facet.get("name"), (String) value.get("value"));
                assertEquals(((Number) value.get("count")).longValue(), explore(selected).getLong("total"),
                        facet.get("name") + "=" + value.get("value"));
            }
        }
    }

    @Test
    void aSelectedValueNarrowsTheOtherFacetsButStillOffersItsAlternatives() {
        JsonPath all = explore(POCKETBANK);
        Map<String, String> android = new HashMap<>(POCKETBANK);
        android.put("platform", "android");
        JsonPath narrowed = explore(android);

        Map<String, Object> platforms = facet(narrowed, "platform");
        assertEquals("android", platforms.get("selected"));
        assertEquals(counts(facet(all, "platform")), counts(platforms), "the platform facet ignores its own choice");
        assertEquals(counts(facet(all, "platform")).get("android"), narrowed.getLong("total"));
        // every other facet now counts Android feedback only
        long androidInEu = counts(facet(narrowed, "region")).get("eu");
        assertTrue(androidInEu < counts(facet(all, "region")).get("eu"), "eu narrows to its Android share");
        List<String> platformsOfHits = narrowed.getList("items.platform");
        assertEquals(Set.of("android"), Set.copyOf(platformsOfHits));
    }

    @Test
    void theLoginCrashShowsInTheFacetsOfItsVersion() {
        Map<String, String> crashing = new HashMap<>(POCKETBANK);
        crashing.put("appVersion", "3.9.0");
        crashing.put("region", "eu");
        crashing.put("platform", "android");
        Map<String, Long> sentiments = counts(facet(explore(crashing), "sentiment"));
        Map<String, Long> elsewhere = counts(facet(explore(Map.of("product", "pocketbank", "platform", "ios",
                "from", POCKETBANK.get("from"), "to", POCKETBANK.get("to"))), "sentiment"));
        assertTrue(share(sentiments, "negative") > share(elsewhere, "negative") + 0.2,
                "eu android 3.9.0 " + sentiments + " against ios " + elsewhere);
    }

    @Test
    void searchedWordsAreMarkedAndStemmed() {
        Map<String, String> search = new HashMap<>(POCKETBANK);
        search.put("q", "crash");
        JsonPath found = explore(search);
        assertTrue(found.getLong("total") > 0);
        Map<String, String> highlights = found.getMap("highlights");
        for (Map<String, Object> item : found.<Map<String, Object>>getList("items")) {
            String html = highlights.get((String) item.get("id"));
            assertNotNull(html, "every hit of a text search is highlighted: " + item.get("text"));
            assertTrue(html.matches("(?s).*<mark>(?i:crash\\w*)</mark>.*"), html);
            assertEquals(item.get("text"), HtmlEscape.unescapeHtml(html.replaceAll("</?mark>", "")), "the whole text, only marked");
        }
    }

    @Test
    void ordersHold() {
        Map<String, String> sorted = new HashMap<>(POCKETBANK);
        sorted.put("size", "50");
        sorted.put("sort", "most-negative");
        List<Float> scores = explore(sorted).getList("items.nlp.sentiment.score", Float.class);
        assertEquals(scores.stream().sorted().toList(), scores);
        assertTrue(scores.get(0) < -0.5f, "the most negative first: " + scores.get(0));

        sorted.put("sort", "lowest-rating");
        List<Integer> ratings = explore(sorted).getList("items.rating", Integer.class);
        assertEquals(1, ratings.get(0));
        assertEquals(ratings.stream().sorted().toList(), ratings);

        sorted.put("sort", "oldest");
        List<String> times = explore(sorted).getList("items.createdAt");
        assertEquals(times.stream().sorted().toList(), times);
        assertTrue(times.get(0).startsWith(POCKETBANK.get("from")), times.get(0));

        sorted.remove("sort");
        List<String> newest = explore(sorted).getList("items.createdAt");
        assertEquals(newest.stream().sorted(Comparator.reverseOrder()).toList(), newest, "newest first by default");
    }

    @Test
    void oneFeedbackOpensWithItsWholeAnalysis() {
        Map<String, String> negative = new HashMap<>(POCKETBANK);
        negative.put("sentiment", "negative");
        negative.put("topic", "account");
        String id = explore(negative).getString("items[0].id");

        asAdmin().get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("product", equalTo("pocketbank"))
                .body("nlp.sentiment.label", equalTo("negative"))
                .body("nlp.topics", org.hamcrest.Matchers.hasItem("account"))
                .body("nlp.sentences.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("nlp.sentences[0].sentiment.label", org.hamcrest.Matchers.notNullValue());
        asAdmin().get("/feedback/" + id).then().statusCode(200)
                .body(containsString("What VOC read in it"))
                .body(containsString("href=\"/?product=pocketbank&amp;topic=account\""));

        asAdmin().get("/api/v1/feedback/" + "0".repeat(32)).then().statusCode(404);
        asAdmin().get("/api/v1/feedback/not-an-id").then().statusCode(400).body("error.field", equalTo("id"));
        asAdmin().get("/feedback/" + "0".repeat(32)).then().statusCode(404)
                .body(containsString("There is no feedback"));
        // someone without pocketbank cannot tell the feedback exists
        String tripnestOnly = SignedIn.newUser(users, hasher, "tripnest", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey("tripnest"))));
        SignedIn.as(tripnestOnly).get("/api/v1/feedback/" + id).then().statusCode(404);
        SignedIn.as(tripnestOnly).get("/feedback/" + id).then().statusCode(404)
                .body(not(containsString("What VOC read in it")));
    }

    @Test
    void badParametersAreNamed() {
        for (Map.Entry<String, String> bad : Map.of("sort", "loudest", "sentiment", "angry", "channel", "fax",
                "page", "0").entrySet()) {
            asAdmin().queryParam(bad.getKey(), bad.getValue()).get("/api/v1/feedback/explore").then()
                    .statusCode(400).body("error.field", equalTo(bad.getKey()));
        }
        asAdmin().queryParam("sentiment", "angry").get("/").then().statusCode(200)
                .body(containsString("sentiment &#39;angry&#39; is unknown"));
    }

    private static JsonPath explore(Map<String, String> params) {
        return asAdmin().queryParams(params).get("/api/v1/feedback/explore").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> facet(JsonPath answer, String name) {
        return answer.<Map<String, Object>>getList("facets").stream().filter(f -> name.equals(f.get("name")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> facet) {
        return (List<Map<String, Object>>) facet.get("values");
    }

    private static Map<String, Long> counts(Map<String, Object> facet) {
        Map<String, Long> counts = new HashMap<>();
        values(facet).forEach(v -> counts.put((String) v.get("value"), ((Number) v.get("count")).longValue()));
        return counts;
    }

    private static double share(Map<String, Long> counts, String key) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.getOrDefault(key, 0L) / (double) total;
    }
}
