package io.voc.web;

import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Saved queries through the API, as analysts use them: save, read, edit (each edit a version, a stale one
 * refused), share with a person or a role, delete - and what others may and may not see or do.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class SavedQueryApiTest {
    private static final Map<String, Object> DEFINITION = Map.of("filters", Map.of("product", "pocketbank",
            "appVersion", "3.9.0"), "text", "login crash");

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void anAnalystSavesEditsAndReadsTheHistoryOfAQuery() {
        String alice = user("alice", Role.ANALYST);
        String id = as(alice).contentType(ContentType.JSON)
                .body(Map.of("name", "Login crashes", "description", "eu android", "definition", DEFINITION))
                .post("/api/v1/queries").then().statusCode(201)
                .header("Location", containsString("/api/v1/queries/"))
                .body("name", equalTo("Login crashes")).body("owner", equalTo(alice))
                .body("version", equalTo(1))
                .body("sharing", equalTo(Map.of("roles", List.of(), "users", List.of())))
                .body("definition.filters.appVersion", equalTo("3.9.0")) // JSON, not a string holding it
                .body("mayChange", equalTo(true))
                .extract().path("id");
        as(alice).get("/api/v1/queries/" + id).then().statusCode(200)
                .body("description", equalTo("eu android")).body("definition.text", equalTo("login crash"));

        as(alice).contentType(ContentType.JSON).body(Map.of("version", 1, "name", "Login crashes 3.9"))
                .patch("/api/v1/queries/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("name", equalTo("Login crashes 3.9")).body("description", equalTo("eu android"));
        as(alice).contentType(ContentType.JSON)
                .body(Map.of("version", 2, "definition", Map.of("text", "login"), "description", "all platforms"))
                .patch("/api/v1/queries/" + id).then().statusCode(200).body("version", equalTo(3))
                .body("definition.text", equalTo("login")).body("definition.filters", anEmptyMap()); // as the model writes it
        // the same values again are no change: no version
        as(alice).contentType(ContentType.JSON).body(Map.of("version", 3, "description", "all platforms"))
                .patch("/api/v1/queries/" + id).then().statusCode(200).body("version", equalTo(3));

        JsonPath history = as(alice).get("/api/v1/queries/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(3, 2, 1), history.getList("items.version"), history.prettify());
        assertEquals(List.of(alice, alice, alice), history.getList("items.changedBy"));
        assertEquals(List.of(List.of("description", "definition"), List.of("name"), List.of("created")),
                history.getList("items.changed"));
        assertEquals("Login crashes 3.9", history.getString("items[1].name"), "each version as it was");
        assertEquals("pocketbank", history.getString("items[2].definition.filters.product"));

        // somebody (here: another tab) edits version 2 after version 3 was saved: refused, nothing lost
        as(alice).contentType(ContentType.JSON).body(Map.of("version", 2, "name", "Older idea"))
                .patch("/api/v1/queries/" + id).then().statusCode(409)
                .body("error.code", equalTo("changed_meanwhile"))
                .body("error.message", containsString("reload"));
        as(alice).get("/api/v1/queries/" + id).then().body("name", equalTo("Login crashes 3.9"))
                .body("version", equalTo(3));

        asAdmin().get("/api/v1/admin/audit?limit=200").then().statusCode(200)
                .body("items.findAll { it.actor == '" + alice + "' }.action",
                        equalTo(List.of("QUERY_CHANGED", "QUERY_CHANGED", "QUERY_CREATED")));
    }

    @Test
    void ofTwoEditsOfTheSameVersionAtOnceOneWinsAndTheOtherIsToldToReload() throws Exception {
        String alice = user("alice", Role.ANALYST);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = create(alice, "Race " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> edits = new ArrayList<>();
                for (String name : List.of("Round " + round + " from tab A", "Round " + round + " from tab B")) {
                    edits.add(pool.submit(() -> {
                        start.await();
                        return as(alice).contentType(ContentType.JSON).body(Map.of("version", 1, "name", name))
                                .patch("/api/v1/queries/" + id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> edit : edits) {
                    statuses.add(edit.get(30, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round);
                as(alice).get("/api/v1/queries/" + id + "/history").then().statusCode(200)
                        .body("items.version", equalTo(List.of(2, 1)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPrivateQueryIsInvisibleToOthersUntilSharedAndStaysTheOwnersToChange() {
        String alice = user("alice", Role.ANALYST);
        String bob = user("bob", Role.ANALYST);
        String viv = user("viv", Role.VIEWER);
        String id = create(alice, "Billing after the price change");

        as(bob).get("/api/v1/queries/" + id).then().statusCode(404).body("error.code", equalTo("not_found"));
        as(bob).get("/api/v1/queries/" + id + "/history").then().statusCode(404);
        as(bob).get("/api/v1/queries").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(bob).contentType(ContentType.JSON).body(Map.of("version", 1, "name", "x"))
                .patch("/api/v1/queries/" + id).then().statusCode(404);
        as(bob).delete("/api/v1/queries/" + id).then().statusCode(404);

        as(alice).contentType(ContentType.JSON).body(Map.of("users", List.of(bob), "roles", List.of()))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200)
                .body("sharing.users", equalTo(List.of(bob))).body("version", equalTo(2));
        as(bob).get("/api/v1/queries/" + id).then().statusCode(200).body("mayChange", equalTo(false));
        as(bob).get("/api/v1/queries").then().statusCode(200).body("items.id", hasItem(id));
        as(viv).get("/api/v1/queries/" + id).then().statusCode(404);
        // seen, but not theirs to change
        as(bob).contentType(ContentType.JSON).body(Map.of("version", 2, "name", "Mine now"))
                .patch("/api/v1/queries/" + id).then().statusCode(403).body("error.code", equalTo("forbidden"));
        as(bob).contentType(ContentType.JSON).body(Map.of("users", List.of(bob, viv)))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(403);
        as(bob).delete("/api/v1/queries/" + id).then().statusCode(403);

        // shared with the viewers' role: every viewer reads it (and analysts, who are viewers too)
        as(alice).contentType(ContentType.JSON).body(Map.of("roles", List.of("viewer")))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200)
                .body("sharing.roles", equalTo(List.of("viewer"))).body("sharing.users", equalTo(List.of()));
        as(viv).get("/api/v1/queries/" + id).then().statusCode(200).body("name", equalTo("Billing after the price change"));
        as(viv).get("/api/v1/queries").then().statusCode(200).body("items.id", hasItem(id));
        as(bob).get("/api/v1/queries/" + id).then().statusCode(200);

        // private again
        as(alice).contentType(ContentType.JSON).body(Map.of("roles", List.of(), "users", List.of()))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200).body("version", equalTo(4));
        as(viv).get("/api/v1/queries/" + id).then().statusCode(404);
        as(bob).get("/api/v1/queries/" + id).then().statusCode(404);
        asAdmin().get("/api/v1/queries/" + id).then().statusCode(200).body("mayChange", equalTo(true));
        asAdmin().get("/api/v1/queries?all=true").then().statusCode(200).body("items.id", hasItem(id));
        as(alice).get("/api/v1/queries?all=true").then().statusCode(403);

        as(alice).delete("/api/v1/queries/" + id).then().statusCode(204);
        as(alice).get("/api/v1/queries/" + id).then().statusCode(404);
        as(alice).get("/api/v1/queries/" + id + "/history").then().statusCode(404);
    }

    @Test
    void theListShowsOwnAndSharedQueriesMostRecentlyChangedFirst() {
        String alice = user("alice", Role.ANALYST);
        String carol = user("carol", Role.ANALYST);
        String first = create(alice, "First");
        String theirs = create(carol, "Carol's");
        as(carol).contentType(ContentType.JSON).body(Map.of("users", List.of(alice)))
                .put("/api/v1/queries/" + theirs + "/sharing").then().statusCode(200);
        String last = create(alice, "Last");
        // (other tests' queries shared with every analyst may be listed too: only these three are looked at)
        String mine = "items.findAll { it.owner in ['" + alice + "', '" + carol + "'] }";
        as(alice).get("/api/v1/queries?page=1").then().statusCode(200)
                .body(mine + ".id", equalTo(List.of(last, theirs, first)))
                .body(mine + ".mayChange", equalTo(List.of(true, false, true)))
                .body("page", equalTo(1)).body("hasMore", equalTo(false));
        as(alice).get("/api/v1/queries?page=0").then().statusCode(400).body("error.field", equalTo("page"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String alice = user("alice", Role.ANALYST);
        refused(alice, Map.of("name", "q", "definition", DEFINITION, "colour", "red"), "colour", "unknown_field");
        refused(alice, Map.of("name", " ", "definition", DEFINITION), "name", "invalid_field");
        refused(alice, Map.of("name", "x".repeat(101), "definition", DEFINITION), "name", "invalid_field");
        refused(alice, Map.of("name", "q"), "definition", "invalid_field");
        refused(alice, Map.of("name", "q", "definition", "filters=product"), "definition", "invalid_field");
        // the query model's own rules, as when running one
        refused(alice, Map.of("name", "q", "definition", Map.of("filterz", Map.of())), "definition.filterz",
                "invalid_field");
        refused(alice, Map.of("name", "q", "definition", Map.of("period", Map.of("from", "2026-13-01"))),
                "definition.period.from", "invalid_field");
        refused(alice, Map.of("name", "q", "definition", DEFINITION,
                "sharing", Map.of("users", List.of("nobody-" + UUID.randomUUID().toString().substring(0, 8)))),
                "users", "invalid_field");
        refused(alice, Map.of("name", "q", "definition", DEFINITION, "sharing", Map.of("roles", List.of("boss"))),
                "roles", "invalid_field");

        String id = create(alice, "Taken");
        refused(alice, Map.of("name", "Taken", "definition", DEFINITION), "name", "invalid_field");
        as(alice).contentType(ContentType.JSON).body(Map.of("users", List.of("ghost-" + UUID.randomUUID()
                        .toString().substring(0, 8))))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(400)
                .body("error.field", equalTo("users")).body("error.message", containsString("no such user"));
        as(alice).contentType(ContentType.JSON).body(Map.of("name", "no version"))
                .patch("/api/v1/queries/" + id).then().statusCode(400).body("error.field", equalTo("version"));
        as(alice).contentType(ContentType.JSON).body(Map.of("version", 1, "nmae", "typo"))
                .patch("/api/v1/queries/" + id).then().statusCode(400).body("error.field", equalTo("nmae"));
        as(alice).get("/api/v1/queries/" + id + "/history").then().statusCode(200).body("items.version",
                equalTo(List.of(1)));
        as(alice).get("/api/v1/queries/not-an-id").then().statusCode(404);
    }

    @Test
    void aViewerCannotSaveAQuery() {
        String viv = user("viv", Role.VIEWER);
        as(viv).contentType(ContentType.JSON).body(Map.of("name", "q", "definition", DEFINITION))
                .post("/api/v1/queries").then().statusCode(403).body("error.code", equalTo("forbidden"));
        as(viv).get("/api/v1/queries").then().statusCode(200)
                .body("items.findAll { it.owner == '" + viv + "' }", equalTo(List.of()));
    }

    private String create(String owner, String name) {
        return as(owner).contentType(ContentType.JSON).body(Map.of("name", name, "definition", DEFINITION))
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
    }

    private static void refused(String user, Map<String, Object> body, String field, String code) {
        as(user).contentType(ContentType.JSON).body(body).post("/api/v1/queries").then().statusCode(400)
                .body("error.code", equalTo(code)).body("error.field", equalTo(field));
    }

    private String user(String prefix, Role role) {
        SignedIn.ensureAdmin();
        return SignedIn.newUser(users, hasher, prefix, role, ProductScope.allProducts());
    }
}
