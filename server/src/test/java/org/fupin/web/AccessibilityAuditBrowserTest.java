package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The axe-core audit (issue 17, defect 6) of every state a reader meets: home, results, filtered, reader open, 中文,
 * phone width, nothing found and a refused search, plus the open suggestions and the compare view. Any violation
 * fails, listing rule, impact and the failing nodes.
 */
class AccessibilityAuditBrowserTest extends SeedPageTest {

    private static void assertAccessible(String state) {
        List<String> violations = AxeAudit.violations(browser);
        if (!violations.isEmpty()) {
            fail(state + ": " + violations.size() + " axe-core " + AxeAudit.version() + " violation(s):\n"
                    + String.join("\n", violations));
        }
    }

    private static void openSettled(String url) {
        browser.open(url);
        browser.awaitSettled();
    }

    @Test
    void theAuditFailsOnALowContrastText() {
        openSettled("");
        browser.js("const p = document.createElement('p'); p.id = 'faint'; p.textContent = 'faint';"
                + " p.style.color = '#c0c0c0'; document.querySelector('main').append(p);");

        List<String> violations = AxeAudit.violations(browser);

        assertEquals(1, violations.size(), String.join("\n", violations));
        assertTrue(violations.get(0).startsWith("color-contrast (serious)"), violations.get(0));
        assertTrue(violations.get(0).contains("#faint"), violations.get(0));
    }

    @Test
    void home() {
        openSettled("");
        browser.await(
                "the collection statement",
                d -> !browser.find("#about").getText().isBlank());
        assertAccessible("home");

        browser.find("#q").sendKeys("互助");
        browser.await("the suggestions", d -> "true".equals(browser.find("#q").getDomAttribute("aria-expanded")));
        assertAccessible("home, suggestions open");
    }

    @Test
    void queryResults() {
        openSettled("?q=relocation");
        browser.await("the chart", d -> browser.find("#chart").isDisplayed());
        // The audit sees the chart's zero cells, a light shade and the two darkest (white text on them).
        for (String shade : List.of("heat-0", "heat-2", "heat-4", "heat-5")) {
            assertFalse(browser.findAll("#chart td." + shade).isEmpty(), shade + " in the chart");
        }
        assertAccessible("query results");

        openSettled("?q=mutual+funds+repayment+rate");

        browser.find("#compare-toggle").click();
        browser.await(
                "the compare view", d -> !browser.findAll("#compare table").isEmpty());
        assertAccessible("compare provinces");
    }

    @Test
    void filtered() {
        openSettled("?q=poverty&province=Guizhou&province=Hebei&program=rain-plan");
        browser.find(".facet-more[data-facet='province']").click();
        assertAccessible("filtered, province list expanded");

        browser.find("#find-province").sendKeys("zzz");
        browser.await(
                "no province to match",
                d -> !browser.findAll("#facet-province .facet-none").isEmpty());
        assertAccessible("filtered, province list searched for nothing");
    }

    @Test
    void readerOpen() {
        openSettled("?q=relocation");
        browser.openFirstResult();
        assertAccessible("reader open");
    }

    @Test
    void chineseMode() {
        openSettled("?lang=zh&q=%E4%BA%92%E5%8A%A9%E8%B5%84%E9%87%91+%E8%BF%98%E6%AC%BE%E7%8E%87");
        browser.await("the chart", d -> browser.find("#chart").isDisplayed());
        assertAccessible("中文, results");
    }

    @Test
    void phoneWidth() {
        browser.viewport(390, 844);
        openSettled("?q=rain+plan");
        assertAccessible("phone, results");

        browser.find("#filters-toggle").click();
        browser.await("the filter panel", d -> browser.find("#facets").isDisplayed());
        assertAccessible("phone, filter panel open");

        browser.find("#filters-toggle").click();
        browser.openFirstResult();
        assertAccessible("phone, reader open");
    }

    @Test
    void emptyResult() {
        openSettled("?q=qwxzvy&province=Hebei");
        browser.await("the empty message", d -> browser.find("#empty").isDisplayed());
        assertAccessible("nothing found");
    }

    @Test
    void errorState() {
        openSettled("?q=rain&size=1000");
        browser.await("the error", d -> browser.find("#error").isDisplayed());
        assertAccessible("refused search");
    }
}
