package org.fupin.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.fupin.http.HttpConfig;
import org.fupin.search.SearchLimits;
import org.fupin.server.Server;
import org.fupin.server.ServerConfig;
import org.fupin.testing.SeedIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server (as {@code serve} starts it, over an index built from the seed reports) and one headless Chromium
 * driven by the system's chromedriver; no Selenium Manager, no downloads.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Server server;
    private final ChromeDriverService service;
    final WebDriver driver;
    final String base;

    private Browser(Server server, ChromeDriverService service, WebDriver driver) {
        this.server = server;
        this.service = service;
        this.driver = driver;
        this.base = "http://127.0.0.1:" + server.port() + "/";
    }

    /**
     * Starts the server over the shared seed index and a browser (its profile in {@code dir}); fails, never skips,
     * without Chromium.
     */
    static Browser start(Path dir) throws Exception {
        return start(dir, SeedIndex.path(), SeedIndex.SEEDS);
    }

    /** Starts the server over a new index built from {@code seeds} in {@code dir} and a browser. */
    static Browser start(Path dir, Path seeds) throws Exception {
        return start(dir, dir.resolve("index"), seeds);
    }

    private static Browser start(Path dir, Path index, Path seeds) throws Exception {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        // Keep Selenium from looking for (and downloading) a driver or browser of its own.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());

        Server server =
                Server.start(new ServerConfig(new HttpConfig("127.0.0.1", 0), index, seeds, SearchLimits.defaults()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            return new Browser(server, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            server.close();
            service.stop();
            throw e;
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the browser tests need Chromium and its driver;"
                    + " install them with `apt-get install -y chromium chromium-driver` (Debian package "
                    + debianPackage + ")");
        }
    }

    /** Opens a page of the app, {@code pathAndQuery} relative to its root (e.g. "?q=rain"). */
    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    /**
     * Waits (up to 15 s) until {@code condition} returns something other than null or false. An element the page
     * re-rendered between finding it and reading it (stale) is looked for again on the next poll, not a failure: a
     * condition such as {@code find("#match-mode").getText()} otherwise races the render it waits for.
     */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the page has rendered the answer to its current URL (results, or an error). */
    void awaitSettled() {
        await("the page to finish loading", d -> {
            String state = find("body").getDomAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
    }

    /** Sizes the window so that the page's viewport is {@code width} × {@code height} CSS pixels (as on a phone). */
    void viewport(int width, int height) {
        // The window's frame (what lies outside the viewport) is the same at every size: measure it as it is now.
        Dimension window = driver.manage().window().getSize();
        long innerWidth = (Long) js("return innerWidth");
        long innerHeight = (Long) js("return innerHeight");
        driver.manage()
                .window()
                .setSize(new Dimension(
                        width + window.getWidth() - (int) innerWidth, height + window.getHeight() - (int) innerHeight));
        await(
                "a " + width + " × " + height + " viewport",
                d -> Boolean.TRUE.equals(
                        js("return innerWidth === arguments[0] && innerHeight === arguments[1]", width, height)));
    }

    /** Opens the first result in the reader and waits for its heading; returns the heading. */
    String openFirstResult() {
        String title = find("#results .hit-link").getText();
        find("#results .hit-link").click();
        await("the reader", d -> title.equals(find("#section-title").getText()));
        return title;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The browser console's errors since the last call (CSP violations, script errors, a missing file such as a
     * favicon), less the failed API requests that a test provoked on purpose (4xx answers of {@code /api/}, which the
     * page shows as messages).
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m ->
                        !m.matches("(?s)\\S*/api/\\S* - Failed to load resource: the server responded with a status"
                                + " of 4\\d\\d.*"))
                .toList();
    }

    /** Runs an asynchronous script: it ends by calling its last argument with the result. */
    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Saves a PNG of the viewport as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        js("window.scrollTo(0, 0)");
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            server.close();
        }
    }
}
