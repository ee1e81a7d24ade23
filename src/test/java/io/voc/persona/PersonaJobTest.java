package io.voc.persona;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.voc.ingest.demo.DemoProfiles;
import io.voc.ingest.demo.DemoProfiles.Group;
import io.voc.ingest.demo.DemoSpec;
import io.voc.nlp.application.NlpEngine;
import io.voc.support.EnrichedDemoData;
import io.voc.support.FeedbackDocuments;
import io.voc.support.TestStack;
import io.voc.warehouse.application.UserProfiles;
import io.voc.warehouse.model.UserProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The personas job end to end on the enriched demo data, with the demo's profiles as imported: asked for through
 * the API, it reports its progress, stores a version whose personas are the planted groups, and marks each
 * group's feedback in Elasticsearch with its persona. A second run with the same seed gives the same personas.
 */
@QuarkusTest
@TestProfile(EnrichedDemoData.Profile.class)
@QuarkusTestResource(TestStack.class)
class PersonaJobTest {
    private static final DemoSpec SPEC = DemoSpec.standard(EnrichedDemoData.LAST_DAY);
    private static final FeedbackDocuments DOCUMENTS = FeedbackDocuments.onTestStack();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NlpEngine nlp;
    @Inject
    UserProfiles profiles;

    @Test
    void theJobFindsThePlantedGroupsMarksTheirFeedbackAndGivesTheSamePersonasForTheSameSeed() throws Exception {
        EnrichedDemoData.ensureLoaded(nlp);
        List<DemoProfiles.DemoProfile> demo = DemoProfiles.generate(SPEC);
        profiles.store(demo.stream().map(p -> new UserProfile(p.userId(), p.country(), p.ageBand(), p.deviceTier(),
                p.tenureDays(), p.membership(), p.activityLevel())).toList(), UUID.randomUUID(), Instant.now());

        JsonPath first = buildAndWait(7);
        assertEquals(100.0, first.getDouble("percent"));
        assertTrue(first.getLong("read") >= SPEC.count() - 10, "every feedback of the window read: " + first.get("read"));
        assertEquals(first.getLong("toMark"), first.getLong("marked"));

        JsonPath personas = asAdmin().get("/api/v1/personas").then().statusCode(200)
                .body("version", equalTo(first.getInt("version"))).extract().jsonPath();
        String newAtLogin = named(personas, "New", "login");
        String paying = named(personas, "Premium", "high-end");
        String loyal = named(personas, "Plus", "praise");

        // (nearly) all feedback of each planted group carries its persona
        assertMarked(demo, Group.NEW_ANDROID_LOGIN, newAtLogin);
        assertMarked(demo, Group.PAYING_PRICE_ANGRY, paying);
        assertMarked(demo, Group.LOYAL_TRAVELLERS, loyal);

        // persona is a facet of the explorer, and narrowing to one gives what its count says
        JsonPath explored = asAdmin().queryParam("from", SPEC.firstDay().toString())
                .queryParam("to", SPEC.lastDay().toString()).get("/api/v1/feedback/explore").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> values = explored.getList("facets.find { it.name == 'persona' }.values");
        Map<String, Object> newAtLoginCount = values.stream().filter(v -> v.get("value").equals(newAtLogin))
                .findFirst().orElseThrow(() -> new AssertionError(newAtLogin + " not among " + values));
        asAdmin().queryParam("from", SPEC.firstDay().toString()).queryParam("to", SPEC.lastDay().toString())
                .queryParam("persona", newAtLogin).get("/api/v1/feedback/explore").then().statusCode(200)
                .body("total", equalTo(((Number) newAtLoginCount.get("count")).intValue()));

        // the dashboard page shows each persona with its words and a way to all its feedback
        String page = asAdmin().accept(ContentType.HTML).get("/personas").then().statusCode(200).extract().asString();
        for (String name : List.of(newAtLogin, paying, loyal)) {
            assertTrue(page.contains(">" + name + "<"), name + " on the page");
        }
        assertTrue(page.contains("Complains about"), "top complaints shown");
        assertTrue(page.contains("<blockquote class=\"example\">"), "examples of the personas' words");
        assertTrue(page.contains("persona=") && page.contains("All its feedback in the Explorer"),
                "links into the Explorer, narrowed to the persona");

        JsonPath second = buildAndWait(7);
        assertEquals(first.getInt("version") + 1, second.getInt("version"));
        JsonPath again = asAdmin().get("/api/v1/personas").jsonPath();
        assertEquals(personas.getList("personas"), again.getList("personas"), "the same seed, the same personas");
    }

    /** Asks for a build of the demo window and waits until a worker has done it; its last report. */
    private static JsonPath buildAndWait(long seed) {
        String id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("seed", seed, "from", SPEC.firstDay().toString(), "to", SPEC.lastDay().toString()))
                .post("/api/v1/personas/runs").then().statusCode(202).body("status", equalTo("QUEUED"))
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonPath run = asAdmin().get("/api/v1/personas/runs/" + id).then().statusCode(200).extract().jsonPath();
            assertTrue(!run.getString("status").equals("FAILED"), run.prettify());
            return run.getString("status").equals("DONE");
        });
        return asAdmin().get("/api/v1/personas/runs/" + id).jsonPath();
    }

    private static String named(JsonPath personas, String... words) {
        List<String> names = personas.getList("personas.name");
        return names.stream().filter(n -> java.util.Arrays.stream(words).allMatch(n::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no persona named with " + List.of(words) + " in " + names));
    }

    private static void assertMarked(List<DemoProfiles.DemoProfile> demo, Group group, String persona) throws Exception {
        List<String> users = demo.stream().filter(p -> p.group() == group).map(DemoProfiles.DemoProfile::userId).toList();
        String ofUsers = "{\"terms\":{\"userId\":" + JSON.writeValueAsString(users) + "}}";
        long all = DOCUMENTS.count(EnrichedDemoData.INDEX, ofUsers);
        long marked = DOCUMENTS.count(EnrichedDemoData.INDEX, "{\"bool\":{\"filter\":[" + ofUsers
                + ",{\"term\":{\"persona\":" + JSON.writeValueAsString(persona) + "}}]}}");
        assertTrue(marked >= 0.9 * all, group + ": " + marked + " of " + all + " feedback marked " + persona);
    }
}
