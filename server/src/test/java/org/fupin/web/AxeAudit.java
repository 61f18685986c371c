package org.fupin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An accessibility audit of the page as it is on screen: axe-core (the {@code axe.min.js} of the Maven test
 * dependency {@code com.deque.html.axe-core:selenium}, see server/pom.xml) is injected into the live page and run with
 * its default rules (WCAG 2.0/2.1/2.2 A and AA and best practices). Without the script on the class path the audit
 * throws, never skips.
 */
final class AxeAudit {

    private static final String RESOURCE = "axe.min.js";
    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    // Runs axe and hands back its violations as JSON (only what a failure message needs).
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((r) => done(JSON.stringify(r.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) })))))
              .catch((e) => done(JSON.stringify({ error: String(e) })));
            """;

    private AxeAudit() {}

    private static String load() {
        try (InputStream in = AxeAudit.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path: the accessibility audit"
                        + " needs axe-core from the Maven test dependency com.deque.html.axe-core:selenium"
                        + " (server/pom.xml); run the tests through ./mvnw so that it is resolved");
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!source.startsWith("/*! axe v4.")) {
                throw new IllegalStateException(
                        RESOURCE + " on the class path is not axe-core 4.x: " + source.substring(0, 40));
            }
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The axe-core version the audit runs, e.g. "4.11.1". */
    static String version() {
        return SOURCE.substring("/*! axe v".length(), SOURCE.indexOf('\n')).strip();
    }

    /**
     * Audits the page as it is now; one line per violation: rule, impact, what it asks for, and each failing node
     * (its CSS path and axe's summary of what is wrong). Empty when the page passes.
     */
    static List<String> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object'"))) {
            browser.js(SOURCE);
        }
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = browser.asyncJs(RUN);
        try {
            JsonNode result = JSON.readTree(String.valueOf(answer));
            if (result.has("error")) {
                throw new IllegalStateException(
                        "axe-core failed on the page: " + result.get("error").asText());
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode v : result) {
                StringBuilder line = new StringBuilder()
                        .append(v.get("id").asText())
                        .append(" (")
                        .append(v.path("impact").asText("?"))
                        .append("): ")
                        .append(v.get("help").asText());
                for (JsonNode node : v.get("nodes")) {
                    line.append("\n    ")
                            .append(node.get("target").asText())
                            .append(" — ")
                            .append(node.path("summary").asText("").replace("\n", " "));
                }
                lines.add(line.toString());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
