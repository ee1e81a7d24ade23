package io.voc.support;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's headless Chromium driven through its ChromeDriver (both
 * installed by {@code ./voc test}), on the test app of the running {@code @QuarkusTest}. It signs in
 * through the real form, saves screenshots under {@code target/screenshots/}, and collects the browser
 * console: {@link #assertNoConsoleErrors()} fails on any error there, Content-Security-Policy violations
 * included. One per test class: {@link BrowserTest} starts it before the first test and closes it after the last.
 */
public final class HeadlessBrowser implements AutoCloseable {
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The test app (its port is random; RestAssured knows it from before the first test on). */
    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    /** A fresh browser (own empty profile) at desktop size, pointed at the test app. */
    public static HeadlessBrowser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("voc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // no network but this machine's: nothing in the background that would reach out (and fail)
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new HeadlessBrowser(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the test app, e.g. {@code /overview?product=x}. */
    public void open(String path) {
        driver.get(base() + path);
    }

    /** The current address without scheme and host: {@code /overview?product=x}. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base()) ? url.substring(base().length()) : url;
    }

    /** Signs in as {@value SignedIn#ADMIN} through the sign-in form. */
    public void signInAsAdmin() {
        SignedIn.ensureAdmin();
        signIn(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
    }

    /** Signs in through the sign-in form, as a person would; ends on the page the form leads to. */
    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(d -> !path().startsWith("/login"));
    }

    public WebElement waitFor(By what) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** Desktop size, or a phone's: its width with a phone's viewport rules (Chrome's device emulation). */
    public void resize(Dimension size) {
        if (size.equals(DESKTOP)) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(size);
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                    "height", size.getHeight(), "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /** The width the page lays itself out for, in CSS pixels. */
    public long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /** Saves the whole page (not only what fits the window) as {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser console's errors (CSP violations, failed loads, uncaught script errors) since the last
     * call, for a test that expects some; they count no more after this.
     */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Fails on any browser console error since the last check. */
    public void assertNoConsoleErrors() {
        List<String> errors = takeConsoleErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError("the browser console has errors:\n  " + String.join("\n  ", errors));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary folder left behind is no test failure
            }
        }
    }
}
