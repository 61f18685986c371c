package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Suggestions as you type (an ARIA combobox) and did-you-mean, in a real browser against the real server. */
class SuggestionsBrowserTest extends SeedPageTest {

    private static List<String> options() {
        return browser.findAll("#suggestions [role='option']").stream()
                .map(WebElement::getText)
                .map(s -> s.replace('\n', ' '))
                .toList();
    }

    @Test
    void typingChineseListsGlossaryTermsWithTheirEnglishAndEnterSearchesTheChosenOne() throws Exception {
        browser.open("");
        browser.awaitSettled();
        WebElement q = browser.find("#q");
        assertEquals("combobox", q.getDomAttribute("role"));
        assertEquals("false", q.getDomAttribute("aria-expanded"));

        q.sendKeys("互助");

        browser.await("the suggestions", d -> "true".equals(q.getDomAttribute("aria-expanded")));
        assertEquals("互助资金 mutual funds term", options().getFirst());
        assertEquals("listbox", browser.find("#suggestions").getDomAttribute("role"));
        assertEquals("suggestions", q.getDomAttribute("aria-controls"));
        browser.await(
                "the announcement",
                d -> browser.find("#suggest-status").getText().isEmpty() ? null : true);
        assertTrue(
                browser.find("#suggest-status")
                        .getDomProperty("textContent")
                        .startsWith(options().size() + " suggestions"),
                browser.find("#suggest-status").getDomProperty("textContent"));
        browser.screenshot("08-suggestions");

        q.sendKeys(Keys.ARROW_DOWN);

        WebElement first = browser.find("#suggestions [role='option']");
        assertEquals(first.getDomAttribute("id"), q.getDomAttribute("aria-activedescendant"));
        assertEquals("true", first.getDomAttribute("aria-selected"));

        q.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);

        browser.await(
                "the chosen suggestion searched",
                d -> d.getCurrentUrl().contains("q=%E4%BA%92%E5%8A%A9%E8%B5%84%E9%87%91"));
        browser.awaitSettled();
        assertEquals("互助资金", q.getDomProperty("value"));
        assertEquals("false", q.getDomAttribute("aria-expanded"));
        assertTrue(browser.find("#suggestions").getDomAttribute("hidden") != null);
    }

    @Test
    void escapeClosesTheListAndKeepsTheText() {
        browser.open("");
        browser.awaitSettled();
        WebElement q = browser.find("#q");

        q.sendKeys("reloc");
        browser.await("the suggestions", d -> "true".equals(q.getDomAttribute("aria-expanded")));
        assertTrue(
                options().getFirst().startsWith("Relocation 易地扶贫搬迁"), options().toString());
        q.sendKeys(Keys.ESCAPE);

        assertEquals("false", q.getDomAttribute("aria-expanded"));
        assertNull(q.getDomAttribute("aria-activedescendant"));
        assertEquals("reloc", q.getDomProperty("value"));
    }

    @Test
    void clickingASuggestionCompletesTheLastWords() {
        browser.open("");
        browser.awaitSettled();
        WebElement q = browser.find("#q");

        q.sendKeys("mutual funds repayment r");
        browser.await("the suggestions", d -> options().stream().anyMatch(o -> o.startsWith("repayment rate")));
        browser.findAll("#suggestions [role='option']").stream()
                .filter(o -> o.getText().startsWith("repayment rate"))
                .findFirst()
                .orElseThrow()
                .click();

        browser.await("the completed query", d -> d.getCurrentUrl().contains("q=mutual+funds+repayment+rate"));
        assertEquals("mutual funds repayment rate", q.getDomProperty("value"));
    }

    @Test
    void aMisspeltQueryOffersTheCorrectedOneAsALink() {
        browser.open("?q=mutal+funds+repaymnet+rate");
        browser.awaitSettled();

        WebElement link = browser.find("#did-you-mean-link");
        assertTrue(browser.find("#did-you-mean").isDisplayed());
        assertEquals(
                "Did you mean mutual funds repayment rate?",
                browser.find("#did-you-mean").getText());

        link.click();

        browser.await("the corrected search", d -> d.getCurrentUrl().contains("q=mutual+funds+repayment+rate"));
        browser.awaitSettled();
        assertFalse(browser.find("#did-you-mean").isDisplayed());
        assertEquals("mutual funds repayment rate", browser.find("#q").getDomProperty("value"));
    }
}
