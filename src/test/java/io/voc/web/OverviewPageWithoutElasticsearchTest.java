package io.voc.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.BrowserTest;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With Elasticsearch away the Overview's API answers 503, and the page says so in words, with a retry. */
@QuarkusTest
@TestProfile(FeedbackExportWithoutElasticsearchTest.ElasticsearchAway.class)
@QuarkusTestResource(TestStack.class)
class OverviewPageWithoutElasticsearchTest extends BrowserTest {

    @Test
    void anUnavailableStoreIsExplainedWithARetry() {
        browser.open("/overview");
        String notice = browser.waitFor(By.cssSelector("#overview[data-state=error] #overview-error")).getText();
        // the API's own words: the store, not the page, is the problem, and it passes
        assertTrue(notice.startsWith("The overview cannot be shown right now: the feedback store is not reachable"),
                notice);
        browser.driver().findElement(By.cssSelector("#overview-error button.retry")).click();

        // the browser reports each refused request itself (the first and the retry); nothing else may be there
        List<String> errors = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            errors.addAll(browser.takeConsoleErrors());
            return errors.size() >= 2;
        });
        browser.waitFor(By.cssSelector("#overview[data-state=error] #overview-error button.retry"));
        browser.screenshot("overview-unavailable");
        assertTrue(errors.stream().allMatch(e -> e.contains("/api/v1/overview") && e.contains("503")), errors::toString);
        assertEquals(2, errors.size(), errors::toString);
    }
}
