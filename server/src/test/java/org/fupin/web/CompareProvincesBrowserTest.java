package org.fupin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The "Compare provinces" view (web/compare.js) over the seed reports, in a real browser. */
class CompareProvincesBrowserTest extends SeedPageTest {

    /** The sections that state the seven repayment rates (see FiguresApiTest). */
    private static final Set<String> RATE_SECTIONS = Set.of(
            "007dacfd0107814e",
            "9810f54f5a0d9431",
            "eaa9c3d1aa5e24e9",
            "dc1caee04ee10611",
            "a31dc7c4a1700db4",
            "6aaf9b02d4fa13a0",
            "843f96d5d2299e8f");

    private static List<String> texts(String css) {
        return browser.findAll(css).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList();
    }

    private static void openCompare() {
        browser.open("?q=repayment+rate");
        browser.awaitSettled();
        browser.find("#compare-toggle").click();
        awaitCompare();
    }

    private static void awaitCompare() {
        browser.await(
                "the compare view",
                d -> "ready".equals(browser.find("#compare").getDomAttribute("data-state"))
                        && browser.find("#compare").isDisplayed());
    }

    @Test
    void repaymentRateShowsTheSevenRatesFirstWithTheirValuesAndACsvLink() throws Exception {
        openCompare();

        assertTrue(browser.driver.getCurrentUrl().contains("compare=1"), browser.driver.getCurrentUrl());
        assertEquals("true", browser.find("#compare-toggle").getDomAttribute("aria-pressed"));
        List<String> sections = browser.findAll("#compare tbody tr").stream()
                .map(r -> r.getDomAttribute("data-section"))
                .toList();
        assertTrue(sections.size() >= 7, sections.toString());
        assertEquals(RATE_SECTIONS, Set.copyOf(sections.subList(0, 7)));
        List<String> values = texts("#compare tbody td.value").subList(0, 7);
        assertEquals(List.of("100%", "95.63%", "100.6%", "100%", "100%", "71.18%", "nearly 100%"), values);
        assertEquals(
                List.of(
                        "timely repayment rate",
                        "timely repayment rate",
                        "repayment rate",
                        "repayment rate",
                        "repayment rate",
                        "repayment rate",
                        "repayment rate"),
                texts("#compare tbody td.measure").subList(0, 7));
        assertEquals(
                "repayment rate",
                texts("#compare tbody tr:first-child td.sentence mark").get(0));

        java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
        java.nio.file.Files.copy(
                browser.find("#compare")
                        .getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                        .toPath(),
                Browser.SCREENSHOTS.resolve("11-compare.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String csv = browser.find("#compare a.compare-csv").getDomProperty("href");
        assertEquals(browser.base + "api/figures?q=repayment+rate&format=csv", csv);
        HttpResponse<String> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("province,province_zh,year,measure,value,unit"), download.body());
        assertEquals(
                "attachment; filename=\"fupin-figures-repayment-rate.csv\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void sortsByValueAndProvinceAndChartsOneMeasure() {
        openCompare();

        browser.find("#compare [data-sort='value']").click();
        assertEquals("100.6%", texts("#compare tbody td.value").get(0), "largest first, in the best figure's unit");
        assertEquals(
                "descending",
                browser.find("#compare th:has([data-sort='value'])").getDomAttribute("aria-sort"));
        browser.find("#compare [data-sort='value']").click();
        assertEquals("71.18%", texts("#compare tbody td.value").get(0), "smallest first");
        assertEquals(
                "ascending",
                browser.find("#compare th:has([data-sort='value'])").getDomAttribute("aria-sort"));
        browser.find("#compare [data-sort='province']").click();
        List<String> provinces = texts("#compare tbody td.province");
        assertEquals(provinces.stream().sorted().toList(), provinces);

        // The chart shows the measure of the best figure with the most figures: "repayment rate" takes "timely
        // repayment rate"; choosing the narrower measure shows its two.
        List<String> bars = texts("#compare .compare-bars li .bar-label");
        assertEquals(
                List.of(
                        "Guangxi 2012",
                        "Inner Mongolia 2012",
                        "Liaoning 2012",
                        "Xinjiang 2012",
                        "Fujian 2012",
                        "Guangxi 2012",
                        "Guizhou 2011"),
                bars);
        assertEquals(
                "repayment rate (percent)",
                new Select(browser.find("#compare-measure"))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertTrue(
                browser.find("#compare .compare-bars li:first-child .bar")
                        .getDomAttribute("class")
                        .contains("bar-w-20"),
                "the largest value fills the track");
        assertTrue(
                browser.find("#compare .compare-bars li:last-child .bar")
                        .getDomAttribute("class")
                        .contains("bar-w-14"),
                "71.18 of 100.6 is 14 of 20 steps");
        new Select(browser.find("#compare-measure")).selectByValue("timely repayment rate (percent)");
        assertEquals(List.of("Inner Mongolia 2012", "Guangxi 2012"), texts("#compare .compare-bars li .bar-label"));
    }

    @Test
    void aRowOpensItsSectionInTheReaderAndChineseModeTranslatesTheLabels() {
        openCompare();

        browser.find("#compare tbody tr:first-child td.source a").click();
        browser.await("the reader", d -> browser.find("#section-dialog").isDisplayed());
        String id = browser.find("#compare tbody tr:first-child").getDomAttribute("data-section");
        browser.await(
                "the section", d -> id.equals(browser.find("#section-dialog").getDomAttribute("data-id")));
        assertTrue(browser.driver.getCurrentUrl().contains("id=" + id));
        // The reader cites the section (yearbook, chapter, province, year, heading) and links to it, not to the file.
        browser.await(
                "the citation",
                d -> browser.find("#section-source")
                        .getText()
                        .contains("China Poverty Alleviation Yearbook, \"Poverty Alleviation and Development in"));
        assertFalse(
                browser.find("#section-source").getText().contains(".txt"),
                browser.find("#section-source").getText());
        assertEquals(
                browser.base + "?id=" + id,
                browser.find("#section-source a.permalink").getDomProperty("href"));
        browser.find("#section-close").click();
        browser.await(
                "the reader to close", d -> !browser.find("#section-dialog").isDisplayed());

        browser.find("#lang-toggle").click();
        awaitCompare();
        assertEquals("省份比较", browser.find("#compare-toggle").getText());
        assertEquals("省份比较：数据", browser.find("#compare h3").getText());
        assertEquals(
                List.of("省份", "年份", "数值", "单位", "指标", "原文", "章节"),
                texts("#compare thead th").stream().map(String::strip).toList());
        assertEquals("下载 CSV", browser.find("#compare a.compare-csv").getText());
        assertTrue(
                texts("#compare tbody td.province").contains("广西"),
                texts("#compare tbody td.province").toString());
        assertTrue(
                texts("#compare tbody td.value").contains("近 100%"),
                texts("#compare tbody td.value").toString());

        browser.find("#compare-toggle").click();
        browser.await("the view to hide", d -> !browser.find("#compare").isDisplayed());
        assertFalse(browser.driver.getCurrentUrl().contains("compare=1"));
    }
}
