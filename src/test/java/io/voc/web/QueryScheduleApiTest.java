package io.voc.web;

import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Schedules of saved queries through the API: the owner adds, lists and deletes them; a bad cron or condition
 * is a 400 naming the field; who merely sees the query reads its schedules but may not change them.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class QueryScheduleApiTest {
    private static final Map<String, Object> DEFINITION = Map.of("filters", Map.of("product", "pocketbank"));
    private static final Map<String, Object> WEEK_OVER_WEEK = Map.of("metric", "share_negative", "op", ">=",
            "value", 0.10, "change", Map.of("over", "7d"));

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    // the shared database keeps no schedule of ours: an app running against it later would run them
    private final Map<String, String> made = new HashMap<>();

    @AfterEach
    void deleteTheQueries() {
        made.forEach((id, owner) -> as(owner).delete("/api/v1/queries/" + id).then().statusCode(204));
    }

    @Test
    void theOwnerSchedulesAQueryListsAndDeletesTheSchedule() {
        String olga = user("olga", Role.ANALYST);
        String query = query(olga);
        String id = as(olga).contentType(ContentType.JSON)
                .body(Map.of("schedule", Map.of("cron", "0 8 * * 1", "timeZone", "Europe/Berlin"),
                        "condition", WEEK_OVER_WEEK))
                .post("/api/v1/queries/" + query + "/schedules").then().statusCode(201)
                .header("Location", containsString("/api/v1/queries/" + query + "/schedules/"))
                .body("schedule.cron", equalTo("0 8 * * 1")).body("schedule.timeZone", equalTo("Europe/Berlin"))
                .body("condition.metric", equalTo("share_negative")).body("condition.op", equalTo(">="))
                .body("condition.change.over", equalTo("7d"))
                .body("summary", equalTo("share_negative >= 0.1 change over 7d"))
                .body("enabled", equalTo(true)).body("nextRun", notNullValue()).body("createdBy", equalTo(olga))
                .extract().path("id");
        as(olga).contentType(ContentType.JSON)
                .body(Map.of("schedule", Map.of("cron", "*/30 * * * *"),
                        "condition", Map.of("metric", "count", "op", ">", "value", 50)))
                .post("/api/v1/queries/" + query + "/schedules").then().statusCode(201)
                .body("schedule.timeZone", equalTo("UTC")).body("condition.change", nullValue());

        as(olga).get("/api/v1/queries/" + query + "/schedules").then().statusCode(200)
                .body("items.schedule.cron", equalTo(List.of("0 8 * * 1", "*/30 * * * *")));
        // the query's page shows them too
        as(olga).get("/queries/" + query).then().statusCode(200)
                .body(containsString("<td>0 8 * * 1 (Europe/Berlin)</td>"))
                .body(containsString("<td>share_negative &gt;= 0.1 change over 7d</td>"))
                .body(containsString("<td>*/30 * * * * (UTC)</td>"));
        as(olga).delete("/api/v1/queries/" + query + "/schedules/" + id).then().statusCode(204);
        as(olga).delete("/api/v1/queries/" + query + "/schedules/" + id).then().statusCode(404);
        as(olga).get("/api/v1/queries/" + query + "/schedules").then().statusCode(200)
                .body("items.schedule.cron", equalTo(List.of("*/30 * * * *")));
    }

    @Test
    void theOwnerSwitchesAScheduleOffAndOnAgain() {
        String olga = user("olga", Role.ANALYST);
        String carl = user("carl", Role.ANALYST);
        String query = query(olga);
        as(olga).contentType(ContentType.JSON).body(Map.of("users", List.of(carl)))
                .put("/api/v1/queries/" + query + "/sharing").then().statusCode(200);
        String id = as(olga).contentType(ContentType.JSON)
                .body(Map.of("schedule", Map.of("cron", "0 8 * * *"), "condition", WEEK_OVER_WEEK))
                .post("/api/v1/queries/" + query + "/schedules").then().statusCode(201).extract().path("id");
        String schedule = "/api/v1/queries/" + query + "/schedules/" + id;

        as(olga).contentType(ContentType.JSON).body(Map.of("enabled", false)).patch(schedule).then().statusCode(200)
                .body("enabled", equalTo(false)).body("nextRun", nullValue());
        as(olga).get("/api/v1/queries/" + query + "/schedules").then().statusCode(200)
                .body("items[0].enabled", equalTo(false));
        as(carl).contentType(ContentType.JSON).body(Map.of("enabled", true)).patch(schedule).then().statusCode(403);
        as(olga).contentType(ContentType.JSON).body(Map.of()).patch(schedule).then().statusCode(400)
                .body("error.field", equalTo("enabled"));
        as(olga).contentType(ContentType.JSON).body(Map.of("enabled", true)).patch(schedule).then().statusCode(200)
                .body("enabled", equalTo(true)).body("nextRun", notNullValue());
        as(olga).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/v1/queries/" + query + "/schedules/" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void aBadCronOrConditionIsRefusedNamingTheField() {
        String olga = user("olga", Role.ANALYST);
        String query = query(olga);
        refused(olga, query, Map.of("cron", "0 8 * *"), WEEK_OVER_WEEK, "schedule.cron");
        refused(olga, query, Map.of("cron", "61 8 * * *"), WEEK_OVER_WEEK, "schedule.cron");
        refused(olga, query, Map.of("cron", "every monday"), WEEK_OVER_WEEK, "schedule.cron");
        refused(olga, query, Map.of("cron", "0 8 * * 1", "timeZone", "Mars/Olympus"), WEEK_OVER_WEEK,
                "schedule.timeZone");
        refused(olga, query, Map.of("cron", "0 8 * * 1"), with("metric", "rating"), "condition.metric");
        refused(olga, query, Map.of("cron", "0 8 * * 1"), with("op", "=="), "condition.op");
        refused(olga, query, Map.of("cron", "0 8 * * 1"), with("value", 10), "condition.value");
        refused(olga, query, Map.of("cron", "0 8 * * 1"), with("value", "lots"), "condition.value");
        refused(olga, query, Map.of("cron", "0 8 * * 1"), with("change", Map.of("over", "a week")),
                "condition.change.over");
        refused(olga, query, Map.of("cron", "0 8 * * 1", "every", "day"), WEEK_OVER_WEEK, "schedule.every");
        as(olga).get("/api/v1/queries/" + query + "/schedules").then().statusCode(200).body("items", equalTo(List.of()));

        // a query a schedule could only fail to run: no single product to alert about, or parameters to fill
        String everything = query(olga, Map.of("text", "crash"));
        refused(olga, everything, Map.of("cron", "0 8 * * 1"), WEEK_OVER_WEEK, "definition.filters.product");
        String templated = query(olga, Map.of("filters", Map.of("product", "{{product}}")));
        refused(olga, templated, Map.of("cron", "0 8 * * 1"), WEEK_OVER_WEEK, "definition");
    }

    @Test
    void whoOnlySeesTheQueryReadsItsSchedulesButMayNotChangeThem() {
        String olga = user("olga", Role.ANALYST);
        String carl = user("carl", Role.ANALYST);
        String query = query(olga);
        String body = "{\"schedule\":{\"cron\":\"0 8 * * *\"},\"condition\":{\"metric\":\"count\",\"op\":\">\","
                + "\"value\":50}}";
        as(carl).contentType(ContentType.JSON).body(body).post("/api/v1/queries/" + query + "/schedules").then()
                .statusCode(404); // private: it does not exist for carl
        as(olga).contentType(ContentType.JSON).body(Map.of("users", List.of(carl)))
                .put("/api/v1/queries/" + query + "/sharing").then().statusCode(200);
        String id = as(olga).contentType(ContentType.JSON).body(body)
                .post("/api/v1/queries/" + query + "/schedules").then().statusCode(201).extract().path("id");

        as(carl).get("/api/v1/queries/" + query + "/schedules").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        as(carl).contentType(ContentType.JSON).body(body).post("/api/v1/queries/" + query + "/schedules").then()
                .statusCode(403);
        as(carl).delete("/api/v1/queries/" + query + "/schedules/" + id).then().statusCode(403);
        String viv = user("viv", Role.VIEWER);
        as(viv).contentType(ContentType.JSON).body(body).post("/api/v1/queries/" + query + "/schedules").then()
                .statusCode(403);
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> condition = new HashMap<>(WEEK_OVER_WEEK);
        condition.put(key, value);
        return condition;
    }

    private static void refused(String user, String query, Map<String, Object> schedule,
            Map<String, Object> condition, String field) {
        as(user).contentType(ContentType.JSON).body(Map.of("schedule", schedule, "condition", condition))
                .post("/api/v1/queries/" + query + "/schedules").then().statusCode(400)
                .body("error.field", equalTo(field));
    }

    private String query(String owner) {
        return query(owner, DEFINITION);
    }

    private String query(String owner, Map<String, Object> definition) {
        String id = as(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Scheduled " + made.size(), "definition", definition))
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
        made.put(id, owner);
        return id;
    }

    private String user(String prefix, Role role) {
        SignedIn.ensureAdmin();
        return SignedIn.newUser(users, hasher, prefix, role, ProductScope.allProducts());
    }
}
