package io.voc.web;

import static io.voc.support.EnrichedDemoData.LAST_DAY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.feedback.application.ProductCatalog;
import io.voc.feedback.model.ProductKey;
import io.voc.nlp.application.NlpEngine;
import io.voc.support.BrowserTest;
import io.voc.support.EnrichedDemoData;
import io.voc.support.HeadlessBrowser;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every dashboard page in headless Chromium on the enriched demo data, as a product manager goes through it:
 * signed in through the form, each page opened from the header, a filter applied, and a click through to one
 * feedback and its analysis. The planted signals must be visible where a person looks: the pocketbank login
 * crash (eu, android, 3.9.0) and the aurora-music price increase. Screenshots at desktop and phone width land
 * in target/screenshots; every test ends with a clean browser console.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(EnrichedDemoData.Profile.class)
class DemoDashboardBrowserTest extends BrowserTest {
    private static final String CRASH_WINDOW_FROM = LAST_DAY.minusDays(9).toString();
    private static final String LAST = LAST_DAY.toString();

    @Inject
    NlpEngine nlp;
    @Inject
    ProductCatalog catalog;

    @BeforeEach
    void demoData() throws Exception {
        EnrichedDemoData.ensureLoaded(nlp);
        // the product lists offer the products VOC has seen, as the pipeline records them
        catalog.recordSeen(Stream.of("pocketbank", "aurora-music", "tripnest").map(ProductKey::new).toList(),
                Instant.now());
        browser.resize(HeadlessBrowser.DESKTOP);
    }

    @Test
    void overviewShowsTheLoginCrashOfVersion390AndLeadsToItsFeedback() {
        browser.open("/");
        browser.driver().findElement(By.linkText("Overview")).click();
        awaitOverview();
        new Select(browser.driver().findElement(By.name("product"))).selectByValue("pocketbank");
        setDate("from", CRASH_WINDOW_FROM);
        setDate("to", LAST);
        type("appVersion", "3.9.0");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/overview?product=pocketbank"));
        awaitOverview();

        // on the new version, Android users in the eu are the unhappy ones
        List<WebElement> regions = rows("region");
        List<WebElement> platforms = rows("platform");
        assertTrue(negativeShare(regions, "eu") > negativeShare(regions, "us") + 0.15,
                "eu " + negativeShare(regions, "eu") + " against us " + negativeShare(regions, "us"));
        assertTrue(negativeShare(platforms, "android") > negativeShare(platforms, "ios") + 0.15,
                "android " + negativeShare(platforms, "android") + " against ios " + negativeShare(platforms, "ios"));
        // and what they write about is logging in
        assertTrue(texts("#aspects .bar-label").subList(0, 3).contains("login"), texts("#aspects .bar-label").toString());
        browser.screenshot("demo-overview-pocketbank-390-desktop");
        browser.resize(HeadlessBrowser.PHONE);
        assertNoSidewaysScrolling();
        browser.screenshot("demo-overview-pocketbank-390-phone");
        browser.resize(HeadlessBrowser.DESKTOP);

        // a row leads to its feedback in the Explorer (the version kept), and one feedback to its analysis
        browser.driver().findElement(By.cssSelector("[data-dimension=platform]")).findElement(By.linkText("android"))
                .click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("platform=android"));
        assertTrue(browser.path().contains("appVersion=3.9.0"), browser.path());
        openFirstFeedback();
        assertTrue(text("main").contains("What VOC read in it"));
        assertEquals("3.9.0", text("main .facts a[href*='appVersion=3.9.0']"));
        browser.screenshot("demo-feedback-detail");
    }

    @Test
    void overviewShowsThePriceIncreaseOnlyAfterTheChange() {
        // two weeks after the price change, and two weeks before it was announced
        double before = billingShare(LAST_DAY.minusDays(51).toString(), LAST_DAY.minusDays(38).toString());
        double after = billingShare(LAST_DAY.minusDays(30).toString(), LAST_DAY.minusDays(17).toString());
        assertEquals("billing", texts("#topics .bar-label").get(0), "the top topic after the change");
        browser.screenshot("demo-overview-aurora-after-price-change");
        assertTrue(after > 2 * before, "billing: " + after + " of aurora-music feedback after, " + before + " before");
    }

    @Test
    void emergingIssuesListTheLoginCrashAndLeadToItsFeedback() {
        browser.open("/");
        browser.driver().findElement(By.linkText("Emerging issues")).click();
        new Select(browser.driver().findElement(By.name("product"))).selectByValue("pocketbank");
        type("region", "eu");
        type("platform", "android");
        type("appVersion", "3.9.0");
        type("window", "10d");
        setDate("to", LAST);
        browser.driver().findElement(By.cssSelector("form.search button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/emerging?product=pocketbank"));

        List<String> leaders = texts("table.emerging tbody tr td:nth-child(2) a").subList(0, 3);
        assertTrue(leaders.stream().anyMatch(k -> List.of("stability", "login", "crash", "account").contains(k)),
                "the login crash leads: " + leaders);
        assertTrue(text("main").contains("Fisher"), "the method is explained on the page");
        browser.screenshot("demo-emerging-desktop");
        browser.resize(HeadlessBrowser.PHONE);
        assertNoSidewaysScrolling();
        browser.screenshot("demo-emerging-phone");
        browser.resize(HeadlessBrowser.DESKTOP);

        browser.driver().findElement(By.cssSelector("table.emerging tbody tr:first-child td:nth-child(2) a")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/?product=pocketbank"));
        assertTrue(browser.path().contains("appVersion=3.9.0") && browser.path().contains("region=eu"), browser.path());
        openFirstFeedback();
        assertTrue(text("main").contains("What VOC read in it"));
    }

    @Test
    void theExplorerNarrowsByFacetsSortsPagesAndOpensAFeedback() {
        browser.open("/overview");
        browser.driver().findElement(By.linkText("Explorer")).click();
        WebElement words = browser.waitFor(By.name("q"));
        words.sendKeys("crash", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals("/?q=crash&product=&from=&to=&sort="));
        long all = total();
        assertTrue(all > 50, "crash is a common word in the demo data: " + all);
        assertFalse(browser.driver().findElements(By.cssSelector(".feedback mark")).isEmpty(), "the word is marked");

        // a facet value narrows to exactly its count, and the facet still offers the other values
        WebElement android = browser.driver().findElement(By.cssSelector("[data-facet=platform] a[href*='platform=android']"));
        long androidCount = Long.parseLong(android.findElement(By.className("count")).getText().replace(",", ""));
        android.click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("platform=android"));
        String narrowed = browser.path();
        assertEquals(androidCount, total());
        assertTrue(texts("[data-facet=platform] a .value").contains("ios"), "ios is still offered");
        assertEquals("true", browser.driver().findElement(By.cssSelector("[data-facet=platform] a.selected"))
                .getDomAttribute("aria-current"));

        // an order is chosen from the list, and the back button returns to the view before it
        new Select(browser.driver().findElement(By.name("sort"))).selectByValue("most-negative");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("sort=most-negative"));
        assertTrue(text(".feedback .item .nlp").startsWith("negative"), text(".feedback .item .nlp"));
        browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("page=2"));
        assertTrue(text(".pages").startsWith("← Previous") && text(".pages").contains("Page 2 of"), text(".pages"));
        browser.driver().navigate().back();
        browser.driver().navigate().back();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals(narrowed));
        assertEquals(androidCount, total());
        browser.screenshot("demo-explorer-desktop");
        browser.resize(HeadlessBrowser.PHONE);
        browser.driver().navigate().refresh(); // as a phone opens it
        assertNoSidewaysScrolling();
        assertEquals("false", browser.driver().findElement(By.cssSelector("details.facets")).getDomProperty("open"),
                "on a phone the facets start folded, the results first");
        browser.screenshot("demo-explorer-phone");
        browser.resize(HeadlessBrowser.DESKTOP);

        // one feedback, its sentences with their sentiment, and back to the very same view
        openFirstFeedback();
        assertFalse(browser.driver().findElements(By.cssSelector(".sentences-table tbody tr")).isEmpty());
        assertTrue(text("[aria-label='Where it came from'] .facts").contains("android"), text("main"));
        browser.resize(HeadlessBrowser.PHONE);
        assertNoSidewaysScrolling();
        browser.screenshot("demo-feedback-detail-phone");
        browser.resize(HeadlessBrowser.DESKTOP);
        browser.driver().findElement(By.linkText("← Back to the Explorer")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals(narrowed));
    }

    @Test
    void compareShowsWhatChangedWithTheCrashingVersion() {
        browser.open("/");
        browser.driver().findElement(By.linkText("Compare")).click();
        new Select(browser.driver().findElement(By.name("product"))).selectByValue("pocketbank");
        new Select(browser.driver().findElement(By.name("by"))).selectByValue("appVersion");
        type("a", "3.8.1");
        type("b", "3.9.0");
        setDate("from", CRASH_WINDOW_FROM);
        setDate("to", LAST);
        browser.driver().findElement(By.cssSelector("form.search button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/compare?product=pocketbank"));

        // the topic whose share grew most with 3.9.0 is the crash at login
        List<String> topics = texts("[data-part=Topics] tbody td:first-child");
        List<String> changes = texts("[data-part=Topics] tbody td:last-child");
        int largestRise = 0;
        for (int i = 1; i < changes.size(); i++) {
            if (Double.parseDouble(changes.get(i)) > Double.parseDouble(changes.get(largestRise))) {
                largestRise = i;
            }
        }
        assertTrue(List.of("stability", "account").contains(topics.get(largestRise)),
                "largest rise: " + topics.get(largestRise) + " in " + topics + " " + changes);
        browser.screenshot("demo-compare-desktop");
        browser.resize(HeadlessBrowser.PHONE);
        assertNoSidewaysScrolling();
        browser.screenshot("demo-compare-phone");
        browser.resize(HeadlessBrowser.DESKTOP);

        // B's count of that topic leads to exactly those feedback
        WebElement count = browser.driver().findElements(By.cssSelector("[data-part=Topics] tbody tr")).get(largestRise)
                .findElements(By.cssSelector("td")).get(2).findElement(By.tagName("a"));
        long expected = Long.parseLong(count.getText());
        count.click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("appVersion=3.9.0"));
        assertEquals(expected, total());
        openFirstFeedback();
        assertTrue(text("main").contains("What VOC read in it"));
    }

    /** The share of aurora-music's feedback in a period that is about billing, as the Overview shows it. */
    private double billingShare(String from, String to) {
        browser.open("/overview?product=aurora-music&from=" + from + "&to=" + to);
        awaitOverview();
        long volume = Long.parseLong(text("[data-kpi=volume] .kpi-value").replace(",", ""));
        WebElement billing = browser.driver().findElements(By.cssSelector("#topics .bar-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".bar-label")).getText().strip().equals("billing"))
                .findFirst().orElseThrow(() -> new AssertionError("billing is not among the top topics"));
        return count(billing) / (double) volume;
    }

    private static List<WebElement> rows(String dimension) {
        return browser.driver().findElements(By.cssSelector("[data-dimension=" + dimension + "] tbody tr"));
    }

    private void openFirstFeedback() {
        browser.waitFor(By.cssSelector(".feedback .item a.open")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().startsWith("/feedback/"));
        browser.waitFor(By.cssSelector("main.feedback-detail h1"));
    }

    private static long total() {
        return Long.parseLong(text(".summary strong").replace(",", ""));
    }

    private static long count(WebElement row) {
        return Long.parseLong(row.findElement(By.cssSelector(".bar-count")).getText().replace(",", ""));
    }

    /** The Negative column of a breakdown row, "41.7%" as 0.417. */
    private static double negativeShare(List<WebElement> rows, String value) {
        WebElement row = rows.stream().filter(r -> r.findElement(By.cssSelector("td")).getText().strip().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError(value + " is not in the breakdown"));
        List<WebElement> cells = row.findElements(By.cssSelector("td"));
        String share = cells.get(cells.size() - 1).getText().strip().toLowerCase(Locale.ROOT);
        return Double.parseDouble(share.replace("%", "")) / 100;
    }

    private void type(String name, String value) {
        WebElement field = browser.driver().findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private void setDate(String name, String day) {
        // a date field's typing order depends on the browser's locale; its value does not
        browser.driver().executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.name(name)), day);
    }

    private void awaitOverview() {
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of("ready", "empty").contains(
                browser.driver().findElement(By.id("overview")).getDomAttribute("data-state")));
    }
}
