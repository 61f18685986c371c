package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The defects a careful user found on the search page (issue 17), each pinned by a browser test, and the facet search,
 * pinned ticked values and result-to-result reading that came with them.
 */
class SearchPageFixesBrowserTest extends SeedPageTest {

    private static List<String> texts(String css) {
        return browser.findAll(css).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    private static List<String> values(String facet) {
        return browser.findAll("input[data-facet='" + facet + "']").stream()
                .map(e -> e.getDomAttribute("value"))
                .toList();
    }

    private static void tick(String facet, String value) {
        List<WebElement> more = browser.findAll(".facet-more[data-facet='" + facet + "'][aria-expanded='false']");
        if (!values(facet).contains(value) && !more.isEmpty()) {
            more.get(0).click();
        }
        browser.findAll("input[data-facet='" + facet + "']").stream()
                .filter(e -> value.equals(e.getDomAttribute("value")))
                .findFirst()
                .orElseThrow()
                .sendKeys(Keys.SPACE);
        browser.await(value + " in the URL", d -> d.getCurrentUrl().contains(facet + "=" + value));
        browser.awaitSettled();
    }

    @Test
    void theChartIsAFunctionOfTheUrlFollowsEveryFilterAndSitsAboveTheResults() throws Exception {
        browser.open("?q=mutual+funds+repayment+rate");
        browser.awaitSettled();
        tick("province", "Xinjiang");
        String afterBrowsing = browser.find("#chart table").getText();
        String url = browser.driver.getCurrentUrl();

        browser.driver.get("about:blank");
        browser.driver.get(url);
        browser.awaitSettled();

        assertEquals(afterBrowsing, browser.find("#chart table").getText());
        assertEquals(List.of("Year", "Xinjiang"), texts("#chart thead th"));
        Rectangle chart = browser.find("#chart").getRect();
        assertTrue(chart.getY() < browser.find("#results .hit").getRect().getY(), "the chart comes before the results");
        assertTrue(chart.getY() + chart.getHeight() < 1000, "the chart is seen without scrolling: " + chart);

        tick("year", "2012");

        assertEquals(List.of("2012", "All years"), texts("#chart tbody th"));
    }

    @Test
    void chineseModeNamesTheSiteOnceListsTranslationsOnceAndSendsTheLanguage() throws Exception {
        browser.open("?lang=zh");
        browser.awaitSettled();
        assertEquals("扶贫搜索 Fupin Search", browser.find("h1").getText());
        assertEquals("扶贫搜索 · Fupin Search", browser.driver.getTitle());

        browser.open("?lang=zh&q=%E4%BA%92%E5%8A%A9%E8%B5%84%E9%87%91+%E8%BF%98%E6%AC%BE%E7%8E%87");
        browser.awaitSettled();

        String understood = browser.find("#understood").getText();
        assertEquals(1, understood.split("mutual aid funds", -1).length - 1, understood);
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) browser.js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.includes('/api/search') || n.includes('/api/facets'))");
        assertFalse(requests.isEmpty());
        assertTrue(requests.stream().allMatch(r -> r.contains("lang=zh")), requests.toString());
        browser.screenshot("09-chinese-understood");
    }

    @Test
    void aLongUnbrokenWordWrapsInsteadOfWideningThePage() {
        browser.open("?q=" + "x".repeat(520));
        browser.awaitSettled();

        long page = (Long) browser.js("return document.documentElement.scrollWidth");
        long window = (Long) browser.js("return window.innerWidth");
        assertTrue(page <= window, "page " + page + " px wide in a " + window + " px window");
    }

    @Test
    void aRefusedSearchSaysWhatToChangeAndFixesItKeepingTheQuery() throws Exception {
        browser.open("?q=rain&size=1000");
        browser.awaitSettled();

        String error = browser.find("#error").getText();
        assertTrue(error.contains("size '1000' is not allowed"), error);
        assertFalse(error.contains("server answered"), error);
        assertTrue(browser.findAll("#facets .count").isEmpty(), "no counts for a search that did not run");
        browser.screenshot("06-error");

        browser.find("#error-fix").click();

        browser.await("the size to go", d -> !d.getCurrentUrl().contains("size="));
        browser.awaitSettled();
        assertTrue(browser.driver.getCurrentUrl().contains("q=rain"));
        assertFalse(browser.findAll("#results .hit").isEmpty());

        browser.open("?q=rain&province=Atlantis&province=Hunan");
        browser.awaitSettled();
        assertEquals(
                "Search without Province: Atlantis", browser.find("#error-fix").getText());
        browser.find("#error-fix").click();
        browser.await("Atlantis to go", d -> !d.getCurrentUrl().contains("Atlantis"));
        browser.awaitSettled();
        assertTrue(browser.driver.getCurrentUrl().contains("q=rain&province=Hunan"), browser.driver.getCurrentUrl());
    }

    @Test
    void theSortControlStaysBesideTheSummaryAndALinkLeadsFromTheBoxToTheFirstResult() {
        browser.open("?q=mutual+funds+repayment+rate");
        browser.awaitSettled();

        Rectangle summary = browser.find("#summary").getRect();
        Rectangle sort = browser.find(".sort").getRect();
        assertTrue(
                sort.getY() < summary.getY() + summary.getHeight(),
                "sort " + sort.getY() + " beside summary " + summary.getY() + "+" + summary.getHeight());

        browser.find("#q").sendKeys(Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("to-results", skip.getDomAttribute("id"));
        skip.sendKeys(Keys.ENTER);

        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals(browser.find("#results .hit-link").getText(), focused.getText());
    }

    @Test
    void tickedValuesStayAtTheTopAndAFacetListCanBeSearched() throws Exception {
        browser.open("?q=poverty");
        browser.awaitSettled();
        tick("province", "Xinjiang");
        tick("province", "Guangxi");
        tick("year", "2012");

        assertEquals(
                List.of("Guangxi", "Xinjiang"),
                values("province").subList(0, 2).stream().sorted().toList());

        browser.find("#find-province").sendKeys("gui");
        browser.await("the list to narrow", d -> values("province").size() == 3);
        assertEquals(
                List.of("Guangxi", "Guizhou", "Xinjiang"),
                values("province").stream().sorted().toList());

        browser.find("#find-province").sendKeys(Keys.chord(Keys.CONTROL, "a"), "贵");
        browser.await(
                "Chinese names to count",
                d -> values("province").contains("Guizhou")
                        && values("province").size() == 3);
        browser.find("#find-province").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.await(
                "the list back",
                d -> browser.findAll(".facet-more[data-facet='province']").size() == 1);
        browser.screenshot("10-pinned-facets");
    }

    @Test
    void theReaderStepsFromResultToResult() {
        browser.open("?q=relocation");
        browser.awaitSettled();
        List<String> titles = browser.findAll("#results .hit-link").stream()
                .map(WebElement::getText)
                .toList();
        browser.find("#results .hit-link").click();
        browser.await(
                "the reader",
                d -> titles.get(0).equals(browser.find("#section-title").getText()));
        assertTrue(browser.find("#result-prev").getDomProperty("disabled").equals("true"));
        assertTrue(browser.find("#result-position").getText().startsWith("Result 1 of "));

        browser.find("#result-next").click();

        browser.await(
                "the second result",
                d -> titles.get(1).equals(browser.find("#section-title").getText()));
        assertTrue(browser.find("#result-position").getText().startsWith("Result 2 of "));
        assertEquals("false", browser.find("#result-prev").getDomProperty("disabled"));

        browser.find("#result-prev").click();
        browser.await(
                "the first again",
                d -> titles.get(0).equals(browser.find("#section-title").getText()));
        browser.find("#result-next").click();
        browser.await(
                "the second again",
                d -> titles.get(1).equals(browser.find("#section-title").getText()));
        browser.find("#section-title").sendKeys(Keys.ESCAPE);

        browser.await(
                "the reader to close", d -> !browser.find("#section-dialog").isDisplayed());
        assertEquals(
                titles.get(1),
                browser.driver.switchTo().activeElement().getText(),
                "focus goes to the result read last");
    }
}
