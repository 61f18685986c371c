package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a person can do on the search page, in a real browser against the real server over the seed reports. */
class SearchPageBrowserTest extends SeedPageTest {

    @Test
    void typingAQueryAndEnterShowsHighlightedResults() throws Exception {
        browser.open("");
        browser.awaitSettled();
        browser.await(
                "the collection statement",
                d -> browser.find("#about").getText().contains("450 sections"));

        browser.find("#q").sendKeys("mutual funds repayment rate", Keys.ENTER);

        browser.await("the URL to carry the query", d -> d.getCurrentUrl().contains("q=mutual+funds+repayment+rate"));
        browser.await(
                "results for the query",
                d -> browser.find("#summary").getText().contains("mutual funds repayment rate"));
        List<WebElement> hits = browser.findAll("#results .hit");
        assertEquals(10, hits.size());
        assertFalse(browser.findAll("#results .hit .snippet mark").isEmpty(), "snippets have highlights");
        assertTrue(hits.get(0)
                .findElement(org.openqa.selenium.By.cssSelector(".hit-title mark"))
                .getText()
                .toLowerCase(Locale.ROOT)
                .contains("mutual funds"));
        assertEquals(
                "mutual funds → \"互助资金\" | \"贫困村互助资金\" | \"村级互助资金\" | \"扶贫互助资金\" | \"互助资金协会\""
                        + " | \"资金互助社\" + repayment rate → \"还款率\"",
                browser.find("#parsed").getDomProperty("textContent"));
        assertTrue(
                browser.find("#summary").getText().matches("\\d+ sections match .*\\(\\d+ ms\\).*"),
                browser.find("#summary").getText());
        browser.screenshot("01-results");
    }

    @Test
    void partialMatchesFollowTheFullOnesAndSayWhatTheyMiss() throws Exception {
        browser.open("?q=mutual+funds+repayment+rate");
        browser.awaitSettled();

        List<WebElement> hits = browser.findAll("#results .hit");
        assertEquals(10, hits.size());
        // Four sections state a repayment rate of mutual funds; the next three state a rate of other loans.
        for (int i = 0; i < 4; i++) {
            assertTrue(hits.get(i)
                    .findElements(org.openqa.selenium.By.cssSelector(".missing"))
                    .isEmpty());
        }
        assertEquals(
                "Partial match Missing: mutual funds",
                hits.get(4)
                        .findElement(org.openqa.selenium.By.cssSelector(".missing"))
                        .getText());
        assertEquals(
                "4 sections match “mutual funds repayment rate”",
                browser.find("#summary").getText().replaceAll(" \\(\\d+ ms\\).*", ""));
        assertTrue(
                browser.find("#summary").getText().contains("partial matches follow"),
                browser.find("#summary").getText());
        assertEquals("Every word must match.", browser.find("#match-mode").getText());

        browser.find("#match-toggle").click();

        browser.await("the URL to ask for any word", d -> d.getCurrentUrl().contains("match=any"));
        browser.await(
                "the loose results", d -> browser.find("#match-mode").getText().equals("Any word may match."));
        assertTrue(browser.findAll("#results .hit .missing").isEmpty());
        browser.screenshot("01b-partial");
    }

    @Test
    void typingWithoutEnterSearchesAfterAPause() {
        browser.open("");
        browser.awaitSettled();

        browser.find("#q").sendKeys("relocation");

        browser.await("the debounced search", d -> d.getCurrentUrl().contains("q=relocation"));
        browser.await("its results", d -> browser.find("#summary").getText().contains("“relocation”"));
        assertFalse(browser.findAll("#results .hit mark").isEmpty());
    }

    @Test
    void pagesMoveThroughTheResults() {
        browser.open("?q=poverty");
        browser.awaitSettled();
        assertEquals("1", browser.find("#pager [aria-current='page']").getText());

        browser.find("#pager a[rel='next']").click();

        browser.await("page 2 in the URL", d -> d.getCurrentUrl().contains("page=2"));
        browser.await("hits 11 to 20", d -> browser.find("#summary").getText().contains("Showing 11–20"));
        assertEquals("2", browser.find("#pager [aria-current='page']").getText());

        browser.find("#pager a[rel='prev']").click();

        browser.await("back on page 1", d -> !d.getCurrentUrl().contains("page="));
        browser.await("hits 1 to 10", d -> browser.find("#summary").getText().contains("Showing 1–10"));
    }

    @Test
    void tickingAProvinceFiltersResultsAddsAChipAndUpdatesTheUrl() throws Exception {
        browser.open("?q=mutual+funds");
        browser.awaitSettled();
        String before = browser.find("#summary").getText();

        browser.find("label[for='" + checkbox("province", "Hebei").getDomAttribute("id") + "']")
                .click();

        browser.await("the URL to carry the province", d -> d.getCurrentUrl().contains("province=Hebei"));
        browser.await(
                "the filtered results", d -> !browser.find("#summary").getText().equals(before));
        browser.awaitSettled();
        assertEquals(
                List.of("Hebei"),
                browser.findAll("#chips .chip").stream()
                        .map(WebElement::getText)
                        .map(s -> s.replace("×", "").strip())
                        .toList());
        assertTrue(checkbox("province", "Hebei").isSelected());
        for (WebElement hit : browser.findAll("#results .hit .province")) {
            assertTrue(hit.getText().startsWith("Hebei"), hit.getText());
        }

        checkbox("province", "Guizhou").sendKeys(Keys.SPACE);

        browser.await("a second province (OR)", d -> d.getCurrentUrl().contains("province=Guizhou"));
        browser.await("two chips", d -> browser.findAll("#chips .chip").size() == 2);
        browser.awaitSettled();
        assertTrue(browser.driver.getCurrentUrl().contains("province=Hebei"));
        assertEquals(
                2,
                browser.findAll("#facets input[data-facet='province']:checked").size());
        browser.screenshot("02-filtered");

        browser.find("#clear-all").click();

        browser.await("the province to leave the URL", d -> !d.getCurrentUrl().contains("province="));
        browser.await("the chips to go", d -> browser.findAll("#chips .chip").isEmpty());
    }

    @Test
    void openingASectionThenNextShowsTheFollowingSectionOfTheChapter() throws Exception {
        browser.open("?q=mutual+funds+repayment+rate");
        browser.awaitSettled();
        WebElement first = browser.find("#results .hit-link");
        String firstTitle = first.getText();

        first.click();

        WebElement dialog = browser.await(
                "the section dialog",
                d -> browser.find("#section-dialog").isDisplayed() ? browser.find("#section-dialog") : null);
        browser.await(
                "the section text",
                d -> !browser.find("#section-text").getText().isBlank());
        assertEquals(firstTitle, browser.find("#section-title").getText());
        assertFalse(browser.findAll("#section-text mark").isEmpty(), "the body highlights the query");
        assertTrue(browser.find("#section-source").getText().contains("Poverty Alleviation and Development in"));
        String firstUrl = browser.driver.getCurrentUrl();
        assertTrue(firstUrl.contains("id="), firstUrl);
        browser.screenshot("03-section");

        browser.find("#section-next").click();

        browser.await(
                "the next section",
                d -> !browser.find("#section-title").getText().equals(firstTitle));
        browser.await(
                "previous to become available",
                d -> browser.find("#section-prev").isEnabled());
        assertNotEquals(firstUrl, browser.driver.getCurrentUrl());
        assertTrue(dialog.isDisplayed());

        browser.find("#section-prev").click();
        browser.await(
                "the first section again",
                d -> browser.find("#section-title").getText().equals(firstTitle));

        browser.find("#section-title").sendKeys(Keys.ESCAPE);

        browser.await(
                "the dialog to close", d -> !browser.find("#section-dialog").isDisplayed());
        browser.await("the id to leave the URL", d -> !d.getCurrentUrl().contains("id="));
        assertEquals(firstTitle, browser.driver.switchTo().activeElement().getText(), "focus returns to the result");
    }

    @Test
    void switchingToChineseShowsChineseLabelsAndIsRemembered() throws Exception {
        browser.open("");
        browser.awaitSettled();

        browser.find("#lang-toggle").click();

        browser.await("lang=zh in the URL", d -> d.getCurrentUrl().contains("lang=zh"));
        browser.await(
                "Chinese facet names",
                d -> browser.find("#facet-province").getText().contains("省份"));
        browser.find("#facet-province .facet-more").click();
        browser.find("#facet-program .facet-more").click();
        assertTrue(
                browser.find("#facet-province").getText().contains("河北"),
                browser.find("#facet-province").getText());
        String programs = browser.find("#facet-program").getText();
        assertTrue(programs.contains("雨露计划"), programs);
        assertTrue(programs.contains("扶贫项目"), programs);
        assertEquals("搜索", browser.find("#search-button").getText());
        assertEquals("zh-Hans", browser.find("html").getDomAttribute("lang"));
        assertTrue(
                browser.find("#about").getText().startsWith("可检索"),
                browser.find("#about").getText());
        browser.screenshot("04-chinese");

        browser.open("");
        browser.awaitSettled();

        browser.await(
                "the language to be remembered",
                d -> browser.find("#search-button").getText().equals("搜索"));
        assertTrue(browser.driver.getCurrentUrl().contains("lang=zh"));
    }

    @Test
    void chineseQueryFindsRainPlanSections() throws Exception {
        browser.open("");
        browser.awaitSettled();

        browser.find("#q").sendKeys("雨露计划", Keys.ENTER);

        browser.await(
                "results for 雨露计划", d -> browser.find("#summary").getText().contains("雨露计划"));
        browser.awaitSettled();
        // The seed reports are English: the server's glossary translates 雨露计划 to "Rain Plan".
        List<WebElement> rainPlan = browser.findAll("#results .hit .tag[data-program='rain-plan']");
        assertFalse(
                rainPlan.isEmpty(),
                "a Chinese query finds the English Rain Plan sections; page says: "
                        + browser.find("#summary").getText());
        assertFalse(browser.findAll("#translations li").isEmpty(), "the page shows the translation it searched");
        assertEquals("雨露计划 → Rain Plan", browser.find("#translations li").getText());
        browser.screenshot("05-chinese-query");
    }

    @Test
    void reloadingASharedUrlRestoresQueryFilterAndOpenSection() throws Exception {
        browser.open("?q=relocation");
        browser.awaitSettled();
        checkbox("province", "Guizhou").sendKeys(Keys.SPACE);
        browser.await("the filter", d -> d.getCurrentUrl().contains("province=Guizhou"));
        browser.awaitSettled();
        browser.find("#results .hit-link").sendKeys(Keys.ENTER);
        browser.await(
                "the section", d -> !browser.find("#section-text").getText().isBlank());
        String title = browser.find("#section-title").getText();
        String shared = browser.driver.getCurrentUrl();

        browser.driver.get("about:blank");
        browser.driver.get(shared);

        browser.await(
                "the section again",
                d -> browser.find("#section-title").getText().equals(title));
        browser.awaitSettled();
        assertEquals("relocation", browser.find("#q").getDomProperty("value"));
        assertTrue(checkbox("province", "Guizhou").isSelected());
        assertEquals(
                List.of("Guizhou"),
                browser.findAll("#chips .chip").stream()
                        .map(e -> e.getText().replace("×", "").strip())
                        .toList());
        assertTrue(browser.find("#section-dialog").isDisplayed());

        browser.driver.navigate().back();

        browser.await(
                "back to close nothing but the previous state",
                d -> !d.getCurrentUrl().equals(shared));
        assertTrue(browser.driver.getCurrentUrl().startsWith("about:blank")
                || !browser.find("#section-dialog").isDisplayed());
    }

    @Test
    void backAndForwardReplayTheSearchHistory() throws Exception {
        browser.open("?q=relocation");
        browser.awaitSettled();
        browser.find("#sort").sendKeys("Year (newest first)");
        browser.await("sort in the URL", d -> d.getCurrentUrl().contains("sort=year"));
        browser.awaitSettled();

        browser.driver.navigate().back();

        browser.await("sort to leave the URL", d -> !d.getCurrentUrl().contains("sort="));
        browser.awaitSettled();
        assertEquals("relevance", browser.find("#sort").getDomProperty("value"));
        assertEquals("relocation", browser.find("#q").getDomProperty("value"));

        browser.driver.navigate().forward();

        browser.await("sort back in the URL", d -> d.getCurrentUrl().contains("sort=year"));
        browser.await(
                "the select to follow", d -> "year".equals(browser.find("#sort").getDomProperty("value")));
    }

    @Test
    void chartCellAppliesProvinceAndYear() throws Exception {
        browser.open("?q=mutual+funds");
        browser.awaitSettled();
        WebElement cell = browser.await(
                "the province × year chart",
                d -> browser.findAll("#chart .cell").isEmpty()
                        ? null
                        : browser.findAll("#chart .cell").get(0));
        String province = cell.getDomAttribute("data-province");
        String year = cell.getDomAttribute("data-year");
        int count = Integer.parseInt(cell.getText());

        cell.click();

        browser.await("the cell's filters in the URL", d -> d.getCurrentUrl().contains("year=" + year));
        browser.awaitSettled();
        assertTrue(browser.driver.getCurrentUrl().contains("province=" + province.replace(' ', '+')));
        assertTrue(
                browser.find("#summary").getText().startsWith(count + " "),
                browser.find("#summary").getText());
    }

    @Test
    void apiErrorsAreShownAsReadableMessages() throws Exception {
        browser.open("?size=1000");

        WebElement error = browser.await(
                "the error message", d -> browser.find("#error").isDisplayed() ? browser.find("#error") : null);
        assertTrue(error.getText().contains("size '1000' is not allowed"), error.getText());
        assertEquals("alert", error.getDomAttribute("role"));
        assertFalse(browser.find("#facet-province").getText().isBlank(), "the facets stay usable");
        browser.screenshot("06-error");

        browser.open("?q=rain&sort=foo");

        browser.await("the sort error", d -> browser.find("#error").getText().contains("sort 'foo' is not allowed"));
    }

    @Test
    void emptyResultsOfferToRemoveTheActiveFilters() throws Exception {
        browser.open("?q=qwxzvy&province=Hebei");
        browser.awaitSettled();
        WebElement empty = browser.find("#empty");
        assertTrue(empty.isDisplayed());
        assertTrue(empty.getText().contains("Check the spelling"), empty.getText());

        empty.findElement(org.openqa.selenium.By.cssSelector(".remove-filter[data-value='Hebei']"))
                .click();

        browser.await("the filter to go", d -> !d.getCurrentUrl().contains("province="));
    }

    @Test
    void onANarrowScreenTheFiltersHideBehindAButton() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(400, 850));
        browser.open("?q=rain+plan");
        browser.awaitSettled();
        assertFalse(browser.find("#facets").isDisplayed());
        WebElement toggle = browser.find("#filters-toggle");
        assertEquals("false", toggle.getDomAttribute("aria-expanded"));
        browser.screenshot("07-phone");

        toggle.click();

        assertTrue(browser.find("#facets").isDisplayed());
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        assertNull(browser.find("#facets").getDomAttribute("hidden"));
    }

    /** The checkbox of a facet value, first expanding the facet's list when the value is among the hidden ones. */
    private static WebElement checkbox(String facet, String value) {
        browser.awaitSettled();
        List<WebElement> more = browser.findAll(".facet-more[data-facet='" + facet + "'][aria-expanded='false']");
        boolean listed = browser.findAll("input[data-facet='" + facet + "']").stream()
                .anyMatch(e -> value.equals(e.getDomAttribute("value")));
        if (!listed && !more.isEmpty()) {
            more.get(0).click();
        }
        return browser.await(
                facet + " " + value + " checkbox",
                d -> browser.findAll("input[data-facet='" + facet + "']").stream()
                        .filter(e -> value.equals(e.getDomAttribute("value")))
                        .findFirst()
                        .orElse(null));
    }
}
