package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The page on a phone (390 × 844, issue 17, defect 8): the filter panel and the reader. */
class PhoneBrowserTest extends SeedPageTest {

    @BeforeEach
    void phone() {
        browser.viewport(390, 844);
        assertEquals(844L, browser.js("return innerHeight"));
    }

    /** Where an element is in the viewport, and whether it is the element seen at its centre (not covered). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> onScreen(String css) {
        return (Map<String, Object>) browser.js("""
                const e = document.querySelector(arguments[0]);
                const r = e.getBoundingClientRect();
                const seen = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return { top: r.top, bottom: r.bottom, height: innerHeight,
                         inView: r.top >= 0 && r.bottom <= innerHeight && r.height > 0,
                         uncovered: !!seen && (seen === e || e.contains(seen)) };
                """, css);
    }

    private static int number(String text) {
        return Integer.parseInt(text.replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    @Test
    void afterTickingAValueTheFilterPanelOffersToShowTheResultsWithTheirCount() throws Exception {
        browser.open("?q=poverty");
        browser.awaitSettled();
        browser.find("#filters-toggle").click();
        browser.await("the filter panel", d -> browser.find("#facets").isDisplayed());

        WebElement guizhou = browser.findAll("input[data-facet='province']").stream()
                .filter(e -> "Guizhou".equals(e.getDomAttribute("value")))
                .findFirst()
                .orElseThrow();
        browser.js("arguments[0].scrollIntoView({ block: 'center' })", guizhou);
        browser.find("label[for='" + guizhou.getDomAttribute("id") + "']").click();
        browser.await("Guizhou in the URL", d -> d.getCurrentUrl().contains("province=Guizhou"));
        browser.awaitSettled();

        assertFalse((Boolean) onScreen("#summary").get("inView"), "the count itself is off screen");
        WebElement show = browser.find("#show-results");
        Map<String, Object> where = onScreen("#show-results");
        assertTrue((Boolean) where.get("inView") && (Boolean) where.get("uncovered"), where.toString());
        int total = number(browser.find("#summary").getDomProperty("textContent"));
        assertEquals("Show " + total + " results", show.getText());
        browser.screenshot("12-phone-show-results");

        show.click();

        assertFalse(browser.find("#facets").isDisplayed(), "the panel closes");
        assertEquals("false", browser.find("#filters-toggle").getDomAttribute("aria-expanded"));
        browser.await("the results in view", d -> (Boolean) onScreen("#summary").get("inView"));
        assertEquals("results-region", browser.driver.switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void theReadersCloseButtonStaysInViewWhileTheTextScrolls() throws Exception {
        browser.open("?q=relocation");
        browser.awaitSettled();
        browser.openFirstResult();

        long scrolled = (Long) browser.js("""
                const a = document.querySelector('.section-article');
                a.scrollTop = a.scrollHeight;
                return Math.round(a.scrollTop);
                """);

        assertTrue(scrolled > 400, "the text scrolls: " + scrolled);
        Map<String, Object> close = onScreen("#section-close");
        assertTrue((Boolean) close.get("inView") && (Boolean) close.get("uncovered"), close.toString());
        browser.find("#section-close").click();
        browser.await(
                "the reader to close", d -> !browser.find("#section-dialog").isDisplayed());
    }
}
