package io.voc.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.feedback.application.ProductCatalog;
import io.voc.feedback.model.ProductKey;
import io.voc.support.FeedbackDocuments;
import io.voc.support.BrowserTest;
import io.voc.support.HeadlessBrowser;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Overview in headless Chromium, signed in through the form: a product filter applied with the form
 * shows that product's figures, the filters live in the URL (back and forward work), an aspect leads to
 * the feedback behind it, empty and failed answers are explained, and the page fits a phone. Every test
 * ends with a clean browser console (no script error, no Content-Security-Policy violation).
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class OverviewPageBrowserTest extends BrowserTest {
    private static final String FROM = "2026-10-01";
    private static final String TO = "2026-10-10";

    @Inject
    ProductCatalog catalog;
    @ConfigProperty(name = "voc.index.prefix")
    String indexPrefix;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();

    @BeforeEach
    void desktop() {
        browser.resize(HeadlessBrowser.DESKTOP);
    }

    @Test
    void aProductFilterShowsItsFiguresAndAnAspectLeadsToItsFeedback() throws Exception {
        String product = "overview-" + UUID.randomUUID().toString().substring(0, 8);
        writeFeedback(product);

        browser.open("/");
        browser.driver().findElement(By.linkText("Overview")).click();
        awaitState("ready", "empty");
        assertEquals("/overview", browser.path());
        new Select(browser.driver().findElement(By.name("product"))).selectByValue(product);
        setDate("from", FROM);
        setDate("to", TO);
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();

        String filtered = "/overview?product=" + product + "&from=" + FROM + "&to=" + TO + "&region=&platform=&appVersion=";
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals(filtered));
        awaitState("ready");
        assertEquals("12", text("[data-kpi=volume] .kpi-value"));
        assertTrue(text("[data-kpi=volume] .kpi-change").startsWith("+140"), text("[data-kpi=volume] .kpi-change"));
        assertEquals("41.7%", text("[data-kpi=negative] .kpi-value"));
        assertTrue(text("#overview-period").contains("2026"), text("#overview-period"));
        assertEquals(List.of("login", "design", "support"), texts("#aspects .bar-label"));
        assertTrue(texts("#topics .bar-label").containsAll(List.of("stability", "ui", "support")));
        assertEquals(List.of("google_play", "app_store"), texts("[data-dimension=channel] tbody td:first-child"));
        assertEquals(List.of("7", "5"), texts("[data-dimension=channel] tbody .bar-count"));
        assertTrue(texts("[data-dimension=appVersion] tbody td:first-child").containsAll(List.of("5.2.0", "5.3.0")));
        awaitDrawn("#trend-chart");
        awaitDrawn("#ratings-chart");

        // a tooltip is built from elements, within the Content-Security-Policy (the console stays clean)
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("trend-chart"))).perform();
        WebElement tip = browser.waitFor(By.cssSelector(".chart-tip"));
        String tipText = tip.getDomProperty("textContent");
        assertTrue(tipText.contains("Feedback, period before"), tipText);
        browser.screenshot("overview-desktop");

        browser.resize(HeadlessBrowser.PHONE);
        assertEquals(HeadlessBrowser.PHONE.getWidth(), browser.viewportWidth());
        assertNoSidewaysScrolling();
        browser.screenshot("overview-phone");
        browser.resize(HeadlessBrowser.DESKTOP);

        // the filters are in the address: back shows the unfiltered overview, forward this one again
        browser.driver().navigate().back();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals("/overview"));
        browser.driver().navigate().forward();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals(filtered));
        awaitState("ready");

        // an aspect leads to exactly the feedback that names it, same product and days
        browser.driver().findElement(By.cssSelector("#aspects")).findElement(By.linkText("login")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/?aspect=login"));
        assertTrue(browser.path().contains("product=" + product) && browser.path().contains("from=" + FROM)
                && browser.path().contains("to=" + TO), browser.path());
        assertEquals("5", text(".summary strong"));
        assertTrue(text(".feedback").contains("The login screen crashes every time"));
        browser.screenshot("overview-aspect-search");
    }

    @Test
    void aRangeWithoutFeedbackSaysToWidenTheDates() {
        browser.open("/overview?from=2001-01-01&to=2001-01-07");
        awaitState("empty");
        assertTrue(text("#overview-empty").contains("No feedback in this range - widen the dates"));
        assertFalse(browser.driver().findElement(By.id("overview-content")).isDisplayed());
        browser.screenshot("overview-empty");
    }

    @Test
    void aFilterTheApiRefusesIsExplained() {
        browser.open("/overview?from=2026-10-10&to=2026-10-01");
        awaitState("error");
        assertTrue(text("#overview-error").contains("These filters do not work"), text("#overview-error"));
        assertTrue(browser.driver().findElement(By.cssSelector("#overview-error button.retry")).isDisplayed());
        browser.screenshot("overview-error");
        // the browser reports the refused request itself; nothing else may be there
        List<String> errors = browser.takeConsoleErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("/api/v1/overview") && e.contains("400")), errors::toString);
    }

    /** What a feedback says, and what the NLP stage would have made of it. */
    private record Kind(String text, String aspect, String label, double score, String topic, String intent,
            int rating) {
    }

    private static final Kind CRASH = new Kind("The login screen crashes every time", "login", "negative", -0.8,
            "stability", "complaint", 1);
    private static final Kind DESIGN = new Kind("Love the new design of the statements", "design", "positive", 0.8, "ui",
            "praise", 5);
    private static final Kind SUPPORT = new Kind("Payments work, support answered within a day", "support", "neutral",
            0.1, "support", "other", 4);

    /**
     * Twelve feedback in the period (October 1-10, 2026: five crashes at login, four about the design,
     * three about support), and five in the ten days before it (all about the design).
     */
    private void writeFeedback(String product) throws Exception {
        documents.writeAll(indexPrefix + "-write", 17, i -> {
            boolean before = i >= 12;
            Kind kind = before || (i >= 5 && i < 9) ? DESIGN : i < 5 ? CRASH : SUPPORT;
            String created = before ? "2026-09-%02dT10:00:00Z".formatted(21 + i - 12)
                    : "2026-10-%02dT10:00:00Z".formatted(1 + i % 10);
            String channel = i < 7 || before ? "google_play" : "app_store";
            ObjectNode doc = documents.document(product, i, kind.text()).put("createdAt", created)
                    .put("receivedAt", created).put("channel", channel)
                    .put("platform", channel.equals("google_play") ? "android" : "ios")
                    .put("region", i % 2 == 0 ? "us" : "de").put("appVersion", i < 7 ? "5.2.0" : "5.3.0")
                    .put("rating", kind.rating());
            ObjectNode nlp = doc.putObject("nlp").put("language", "en").put("intent", kind.intent())
                    .put("nlpVersion", "test").put("enrichedAt", created);
            nlp.putObject("sentiment").put("label", kind.label()).put("score", kind.score());
            nlp.putArray("topics").add(kind.topic());
            ObjectNode aspect = nlp.putArray("aspects").addObject().put("term", kind.aspect());
            aspect.putObject("sentiment").put("label", kind.label()).put("score", kind.score());
            return doc;
        });
        // the product filter offers the products VOC has seen, as the pipeline records them
        catalog.recordSeen(List.of(new ProductKey(product)), Instant.now());
    }

    private void setDate(String name, String day) {
        // a date field's typing order depends on the browser's locale; its value does not
        browser.driver().executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.name(name)), day);
    }

    private void awaitState(String... states) {
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of(states).contains(
                browser.driver().findElement(By.id("overview")).getDomAttribute("data-state")));
    }

    private void awaitDrawn(String chart) {
        await().atMost(Duration.ofSeconds(10)).until(
                () -> "true".equals(browser.driver().findElement(By.cssSelector(chart)).getDomAttribute("data-drawn")));
    }
}
