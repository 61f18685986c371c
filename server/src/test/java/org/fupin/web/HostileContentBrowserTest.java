package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A report whose text holds script, image and SVG injections, indexed by the real builder and served by the real
 * server: the API returns it escaped (only {@code <mark>} tags), and the page shows it as literal text, with no
 * alert and no injected element.
 */
class HostileContentBrowserTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @TempDir
    static Path dir;

    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(dir, HostileReport.write(dir));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base + pathAndQuery.substring(1)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static void assertOnlyMarkTags(String html) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertTrue(tags.group().equals("<mark>") || tags.group().equals("</mark>"), tags.group() + " in " + html);
        }
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<svg"), html);
    }

    @Test
    void theApiReturnsTheInjectionsEscapedWithOnlyMarkTags() throws Exception {
        JsonNode hit = api("/api/search?q=mutual+funds").path("hits").get(0);
        JsonNode section = api("/api/sections/" + hit.path("id").asText() + "?q=mutual+funds");

        assertTrue(hit.path("title").asText().contains(HostileReport.SCRIPT), hit.toString());
        assertOnlyMarkTags(hit.path("title_html").asText());
        assertOnlyMarkTags(hit.path("snippet_html").asText());
        assertOnlyMarkTags(section.path("title_html").asText());
        assertOnlyMarkTags(section.path("text_html").asText());
        assertTrue(hit.path("title_html").asText().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(section.path("text_html").asText().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(section.path("text_html").asText().contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"));
    }

    @Test
    void thePageShowsTheInjectionsAsLiteralTextWithoutRunningThem() {
        browser.open("?q=mutual+funds");
        browser.awaitSettled();
        assertNoAlertAndNoInjectedElements();
        assertTrue(
                browser.find("#results").getText().contains(HostileReport.SCRIPT),
                browser.find("#results").getText());

        browser.find("#results .hit-link").click();
        browser.await(
                "the section text", d -> browser.find("#section-text").getText().contains("mutual funds"));

        assertNoAlertAndNoInjectedElements();
        assertTrue(browser.find("#section-title").getText().contains(HostileReport.SCRIPT));
        String text = browser.find("#section-text").getText();
        assertTrue(text.contains(HostileReport.IMG) && text.contains(HostileReport.SVG), text);
        assertEquals(List.of(), browser.consoleErrors(), "no CSP violation or script error");
    }

    private static void assertNoAlertAndNoInjectedElements() {
        try {
            String alert = browser.driver.switchTo().alert().getText();
            throw new AssertionError("an alert dialog opened: " + alert);
        } catch (NoAlertPresentException expected) {
            // No dialog: the injected handlers did not run.
        }
        assertEquals(
                0L,
                browser.js("return document.querySelectorAll('script:not([src]), img[src=x], svg,"
                        + " [onerror], [onload]').length"));
        assertEquals(
                0L,
                browser.js("return document.querySelectorAll('#results script, #results img,"
                        + " #section-dialog script, #section-dialog img').length"));
    }
}
