package io.voc.web;

import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.query.application.QuerySchedules;
import io.voc.query.application.RunSchedules;
import io.voc.query.application.SavedQueries;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.CronSchedule;
import io.voc.query.model.QuerySchedule;
import io.voc.query.model.SavedQuery;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the schedules did, as users see it: the alert history lists the alerts of the queries one may see and
 * about one's products; a query's page lists its latest runs, and its owner switches a schedule off and on
 * from there. The schedules are made in 2020 and run for a slot then (as in RunSchedulesTest), so only this
 * test's schedules are due.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class AlertHistoryTest {
    private static final Instant MADE = Instant.parse("2020-01-06T11:30:00Z");
    private static final Instant NOW = Instant.parse("2020-01-06T12:00:20Z");

    @Inject
    RunSchedules run;
    @Inject
    SavedQueries queries;
    @Inject
    QuerySchedules schedules;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final List<UUID> made = new java.util.ArrayList<>();

    @AfterEach
    void deleteTheQueries() {
        made.forEach(queries::delete);
    }

    @Test
    void theHistoryShowsTheAlertsOfTheQueriesOneSeesAboutOnesProducts() {
        String product = "alerts-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.ensureAdmin();
        String olga = SignedIn.newUser(users, hasher, "olga", Role.ANALYST, ProductScope.allProducts());
        String viv = SignedIn.newUser(users, hasher, "viv", Role.VIEWER, ProductScope.only(Set.of(new ProductKey(product))));
        String carl = SignedIn.newUser(users, hasher, "carl", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey("pocketbank"))));
        String definition = "{\"filters\":{\"product\":\"" + product + "\"},\"period\":{\"last\":\"7d\"}}";
        // shared with viv (sees the product) and carl (does not); the other stays private
        SavedQuery shared = query(olga, "Shared " + product, definition, List.of(viv, carl));
        SavedQuery own = query(olga, "Own " + product, definition, List.of());
        schedule(olga, shared, AlertCondition.of("count", "<=", 0.0, null));
        schedule(olga, shared, AlertCondition.of("count", ">=", 1.0, null)); // nothing of the product: not fired
        schedule(olga, own, AlertCondition.of("count", "<=", 0.0, null));

        List<RunSchedules.Ran> ran = run.runDue(NOW);
        assertEquals(3, ran.stream().filter(this::madeHere).count(), "each schedule ran its slot: " + ran);

        as(olga).get("/api/v1/queries/alerts").then().statusCode(200)
                .body("items.findAll { it.product == '" + product + "' }.queryName.sort()",
                        equalTo(List.of(own.name(), shared.name())))
                .body("items.find { it.queryId == '" + shared.id() + "' }.condition", equalTo("count <= 0"))
                .body("items.find { it.queryId == '" + shared.id() + "' }.current", equalTo(0.0f))
                .body("items.find { it.queryId == '" + shared.id() + "' }.alertStatus", equalTo("open"))
                .body("items.find { it.queryId == '" + shared.id() + "' }.slot", equalTo("2020-01-06T12:00:00Z"));
        as(viv).get("/api/v1/queries/alerts").then().statusCode(200)
                .body("items.findAll { it.product == '" + product + "' }.queryName", equalTo(List.of(shared.name())));
        as(carl).get("/api/v1/queries/alerts").then().statusCode(200)
                .body("items.findAll { it.product == '" + product + "' }", equalTo(List.of()));
        as(viv).get("/queries/alerts").then().statusCode(200)
                .body(containsString(shared.name())).body(containsString("count &lt;= 0"));

        // the query's latest runs: the fired and the not fired one; none for who may not see the product
        as(olga).get("/api/v1/queries/" + shared.id() + "/runs").then().statusCode(200)
                .body("items.outcome.sort()", equalTo(List.of("fired", "not_fired")));
        as(carl).get("/api/v1/queries/" + shared.id() + "/runs").then().statusCode(200)
                .body("items", equalTo(List.of()));
        as(viv).get("/api/v1/queries/" + own.id() + "/runs").then().statusCode(404);
        as(viv).get("/queries/" + shared.id()).then().statusCode(200)
                .body(containsString("Latest runs")).body(containsString("not fired"))
                .body(containsString("count &gt;= 1"));
    }

    @Test
    void theOwnerSwitchesAScheduleOffAndOnFromTheQuerysPage() {
        SignedIn.ensureAdmin();
        String olga = SignedIn.newUser(users, hasher, "olga", Role.ANALYST, ProductScope.allProducts());
        SavedQuery query = query(olga, "Switched", "{\"filters\":{\"product\":\"pocketbank\"}}", List.of());
        SignedIn.Browser browser = SignedIn.signInWithForm(olga, SignedIn.PASSWORD);
        String page = "/queries/" + query.id();

        // scheduled from the page: a bad value is named, a good form makes a schedule
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "cron", "0 8 * * 1", "timeZone", "UTC",
                "metric", "count", "op", ">", "value", "lots", "changeOver", "")).post(page + "/schedules").then()
                .statusCode(400).body(containsString("must be a number"));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "cron", "0 8 * * 1", "timeZone", "UTC",
                "metric", "share_negative", "op", ">=", "value", "0.1", "changeOver", "7d")).post(page + "/schedules")
                .then().statusCode(303);
        String id = as(olga).get("/api/v1/queries/" + query.id() + "/schedules").then().statusCode(200)
                .body("items.summary", equalTo(List.of("share_negative >= 0.1 change over 7d")))
                .extract().path("items[0].id");

        browser.request().formParams(Map.of("_csrf", browser.csrfToken()))
                .post(page + "/schedules/" + id + "/off").then().statusCode(303);
        String off = browser.request().get(page + "?done=switched-off").then().statusCode(200).extract().asString();
        assertTrue(off.contains("Schedule switched off") && off.contains("Switch on"), off);
        as(olga).get("/api/v1/queries/" + query.id() + "/schedules").then().body("items[0].enabled", equalTo(false));

        browser.request().formParams(Map.of("_csrf", browser.csrfToken()))
                .post(page + "/schedules/" + id + "/on").then().statusCode(303);
        as(olga).get("/api/v1/queries/" + query.id() + "/schedules").then().body("items[0].enabled", equalTo(true));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken()))
                .post(page + "/schedules/" + id + "/delete").then().statusCode(303);
        as(olga).get("/api/v1/queries/" + query.id() + "/schedules").then().body("items", equalTo(List.of()));
    }

    private boolean madeHere(RunSchedules.Ran ran) {
        return schedules.find(ran.scheduleId()).map(s -> made.contains(s.queryId())).orElse(false);
    }

    private SavedQuery query(String owner, String name, String definition, List<String> sharedWith) {
        SavedQuery.Created created = SavedQuery.create(new io.voc.query.model.QueryUser(owner, Role.ANALYST, false),
                name, null, definition, io.voc.query.model.Visibility.of(List.of(), sharedWith), MADE);
        assertTrue(queries.add(created.query(), created.firstVersion()));
        made.add(created.query().id());
        return created.query();
    }

    private QuerySchedule schedule(String owner, SavedQuery query, AlertCondition condition) {
        QuerySchedule schedule = QuerySchedule.create(new io.voc.query.model.QueryUser(owner, Role.ANALYST, false),
                query, CronSchedule.of("0 * * * *", null), condition, MADE);
        schedules.add(schedule);
        return schedule;
    }
}
