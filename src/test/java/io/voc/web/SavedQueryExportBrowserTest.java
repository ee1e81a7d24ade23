package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.support.BrowserTest;
import io.voc.support.FeedbackDocuments;
import io.voc.support.HeadlessBrowser;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A saved query's Export on its page, in a real browser: the analyst fills the query's parameter, picks a
 * format, and watches the rows written against the total until the file is saved.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class SavedQueryExportBrowserTest extends BrowserTest {
    private static final int COUNT = 2_500;

    @ConfigProperty(name = "voc.index.prefix")
    String indexPrefix;

    @Test
    void theExportShowsItsProgressAndEndsWithTheFileSaved() throws Exception {
        String product = "export-ui-" + UUID.randomUUID().toString().substring(0, 8);
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        // every fifth a text over two lines: a CSV cell with a line break is still one row
        documents.writeAll(indexPrefix + "-write", COUNT, i -> documents.document(product, i,
                i % 5 == 0 ? "Crashes on start\nsince 3.9 (" + i + ")" : "Fine, \"mostly\" (" + i + ")"));
        String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Export " + product,
                        "definition", Map.of("filters", Map.of("product", "{{product}}"))))
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");

        browser.resize(HeadlessBrowser.DESKTOP);
        browser.open("/queries/" + id);
        for (String format : new String[] { "csv", "jsonl" }) {
            WebElement parameter = browser.driver().findElement(By.cssSelector("form.export input[name='parameters.product']"));
            parameter.clear();
            parameter.sendKeys(product);
            new Select(browser.driver().findElement(By.name("format"))).selectByValue(format);
            browser.driver().findElement(By.cssSelector("form.export button[type=submit]")).click();

            await().atMost(Duration.ofSeconds(30)).until(() -> text(".export-status").startsWith("Done"));
            assertTrue(text(".export-status").matches("Done: 2,500 rows, saved as voc-query-\\d{8}-\\d{6}\\." + format),
                    text(".export-status"));
            WebElement bar = browser.driver().findElement(By.cssSelector("form.export progress"));
            assertEquals(String.valueOf(COUNT), bar.getDomProperty("value"));
            assertEquals(String.valueOf(COUNT), bar.getDomProperty("max"));
            assertEquals("/queries/" + id, browser.path(), "the page stays: the file was saved from it");
        }
        browser.screenshot("saved-query-export");

        // a refusal shows the API's message, and nothing is saved
        browser.driver().findElement(By.cssSelector("form.export input[name='parameters.product']")).clear();
        browser.driver().findElement(By.cssSelector("form.export input[name='parameters.product']")).sendKeys("Not A Product!");
        browser.driver().findElement(By.cssSelector("form.export button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> text(".export-status").endsWith("(filters.product is filled from {{product}})"));
        browser.takeConsoleErrors(); // the 400 of the refused export is logged by the browser
    }
}
