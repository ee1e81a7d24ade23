package io.voc.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of page tests in a real browser: one {@link HeadlessBrowser} per test class, signed in as
 * {@value SignedIn#ADMIN} at the first test and quit after the last; every test ends with a clean
 * browser console (a test that expects errors takes them with {@link HeadlessBrowser#takeConsoleErrors()}).
 */
public abstract class BrowserTest {
    protected static HeadlessBrowser browser;
    private static boolean signedIn;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessBrowser.start();
        signedIn = false;
    }

    /** Not in {@code @BeforeAll}: the test app's address is known only from the first test on. */
    @BeforeEach
    void signedIn() {
        if (!signedIn) {
            browser.signInAsAdmin();
            signedIn = true;
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void consoleIsClean() {
        browser.assertNoConsoleErrors();
    }

    /** Phone widths: nothing may stick out sideways (wide tables scroll inside their own box). */
    protected static void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        org.junit.jupiter.api.Assertions.assertTrue(scrollWidth.longValue() <= browser.viewportWidth(),
                "the page is " + scrollWidth + " px wide");
    }

    protected static String text(String css) {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector(css)).getText().strip();
    }

    protected static java.util.List<String> texts(String css) {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector(css)).stream()
                .map(e -> e.getText().strip()).toList();
    }
}
