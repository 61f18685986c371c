package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * What the browser test classes over the seed reports share: one server and browser per class, each test starting
 * on a fresh page at 1,280 × 1,000 with nothing stored, and ending with an empty console (no script error, no policy
 * violation, no missing file).
 */
abstract class SeedPageTest {

    @TempDir
    static Path dir;

    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.open("");
        browser.js("localStorage.clear()");
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        browser.consoleErrors();
    }

    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        assertEquals(List.of(), browser.consoleErrors(), "browser console errors");
    }
}
