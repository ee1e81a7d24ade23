package io.voc.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.feedback.application.ProductCatalog;
import io.voc.feedback.model.ProductKey;
import io.voc.support.BrowserTest;
import io.voc.support.FeedbackDocuments;
import io.voc.support.HeadlessBrowser;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The Compare page in a real browser: reached from the header, filled in, shareable, readable on a phone. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ComparePageBrowserTest extends BrowserTest {
    @Inject
    ProductCatalog catalog;
    @ConfigProperty(name = "voc.index.prefix")
    String indexPrefix;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();

    @Test
    void twoVersionsSideBySide() throws Exception {
        String product = "compare-ui-" + UUID.randomUUID().toString().substring(0, 8);
        // 3.8.0: 2 of 10 about login; 3.9.0: 7 of 10
        documents.writeAll(indexPrefix + "-write", 20, i -> {
            boolean newer = i >= 10;
            String topic = (i % 10) < (newer ? 7 : 2) ? "login" : "design";
            ObjectNode doc = documents.document(product, i, topic + " <b>feedback</b>")
                    .put("appVersion", newer ? "3.9.0" : "3.8.0").put("createdAt", "2026-10-05T10:00:00Z");
            ObjectNode nlp = doc.putObject("nlp").put("language", "en").put("intent", "other");
            nlp.putObject("sentiment").put("label", topic.equals("login") ? "negative" : "positive")
                    .put("score", topic.equals("login") ? -0.7 : 0.6);
            nlp.putArray("topics").add(topic);
            return doc;
        });
        catalog.recordSeen(List.of(new ProductKey(product)), Instant.now());

        browser.resize(HeadlessBrowser.DESKTOP);
        browser.open("/");
        browser.driver().findElement(By.linkText("Compare")).click();
        assertTrue(text("main").contains("Name the two sides"));
        new Select(browser.driver().findElement(By.name("product"))).selectByValue(product);
        new Select(browser.driver().findElement(By.name("by"))).selectByValue("appVersion");
        browser.driver().findElement(By.name("a")).sendKeys("3.8.0");
        browser.driver().findElement(By.name("b")).sendKeys("3.9.0");
        browser.driver().findElement(By.cssSelector("form.search button[type=submit]")).click();

        String shared = "/compare?product=" + product + "&by=appVersion&a=3.8.0&b=3.9.0&from=&to=";
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals(shared));
        assertEquals(List.of("", "A: 3.8.0", "B: 3.9.0"), texts(".compare-totals thead th"));
        assertEquals(List.of("Feedback", "10", "10"), texts(".compare-totals tbody tr:first-child > *"));
        assertEquals(List.of("design", "login"), texts("[data-part=Topics] tbody td:first-child")); // equal change: the more frequent first
        assertEquals(List.of("-50.0", "+50.0"), texts("[data-part=Topics] tbody td:last-child"));
        browser.screenshot("compare-desktop");

        browser.resize(HeadlessBrowser.PHONE);
        assertNoSidewaysScrolling();
        browser.screenshot("compare-phone");
        browser.resize(HeadlessBrowser.DESKTOP);
    }
}
