package org.fupin.http;

import static org.fupin.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/figures} over the index of the seed reports, through a real server. */
class FiguresApiTest {

    /**
     * The seven repayment rates the seeds state, as "section value qualifier", read from the reports (they are the
     * first rows of the indexer's hand-checked list, indexer/src/main/resources/org/fupin/figures/figures.expected.tsv).
     */
    static final Set<String> REPAYMENT_RATES = Set.of(
            "007dacfd0107814e 71.18 ",
            "9810f54f5a0d9431 100 ",
            "eaa9c3d1aa5e24e9 100 ",
            "dc1caee04ee10611 100 nearly",
            "a31dc7c4a1700db4 95.63 ",
            "6aaf9b02d4fa13a0 100.6 ",
            "843f96d5d2299e8f 100 ");

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode figures(String query) throws Exception {
        return server.ok("/api/figures?" + query);
    }

    /** The first {@code n} figures as "section value qualifier". */
    private static Set<String> top(JsonNode reply, int n) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < n && i < reply.path("figures").size(); i++) {
            JsonNode f = reply.path("figures").get(i);
            out.add(f.path("section_id").asText() + " "
                    + f.path("value").decimalValue().toPlainString() + " "
                    + f.path("qualifier").asText());
        }
        return out;
    }

    @Test
    void repaymentRateGivesTheSevenRatesFirst() throws Exception {
        JsonNode reply = figures("q=" + enc("repayment rate"));

        assertEquals(new TreeSet<>(REPAYMENT_RATES), top(reply, 7));
        for (int i = 0; i < 7; i++) {
            JsonNode f = reply.path("figures").get(i);
            assertTrue(f.path("measure").asText().endsWith("repayment rate"), f.toString());
            assertEquals("percent", f.path("unit").asText());
            assertTrue(f.path("sentence_html").asText().contains("<mark>repayment rate</mark>"), f.toString());
            assertTrue(f.path("sentence").asText().contains(f.path("text").asText()), f.toString());
            assertTrue(
                    f.path("citation")
                            .asText()
                            .contains(f.path("province").asText() + ", "
                                    + f.path("year").asInt() + ", section \""
                                    + f.path("section_title").asText() + "\""),
                    f.toString());
        }
        assertTrue(reply.path("total").asInt() > 7, "sentences that only mention the rate follow");
        // The summary groups the returned figures by province: Guangxi states two rates.
        JsonNode guangxi = reply.path("by_province").path("Guangxi");
        assertTrue(guangxi.size() >= 2, reply.path("by_province").toString());
        assertEquals("95.63", guangxi.get(0).path("value").decimalValue().toPlainString());
        int grouped = 0;
        for (JsonNode list : reply.path("by_province")) {
            grouped += list.size();
        }
        assertEquals(reply.path("figures").size(), grouped);
    }

    @Test
    void chineseQuestionGivesTheSameRows() throws Exception {
        assertEquals(top(figures("q=" + enc("repayment rate")), 7), top(figures("q=" + enc("还款率")), 7));
    }

    @Test
    void filtersAndSizeNarrowTheFigures() throws Exception {
        JsonNode guangxi = figures("q=" + enc("repayment rate") + "&province=Guangxi&size=2");
        assertEquals(2, guangxi.path("figures").size());
        assertEquals(Set.of("a31dc7c4a1700db4 95.63 ", "6aaf9b02d4fa13a0 100.6 "), top(guangxi, 2));
        assertEquals(List.of("Guangxi"), names(guangxi.path("by_province")));

        JsonNode y2011 = figures("q=" + enc("repayment rate") + "&year=2011");
        for (JsonNode f : y2011.path("figures")) {
            assertEquals(2011, f.path("year").asInt(), f.toString());
        }
        assertTrue(
                top(y2011, 1).contains("007dacfd0107814e 71.18 "), top(y2011, 3).toString());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void csvIsRfc4180WithTheQuestionInTheFileName() throws Exception {
        TestServer.Reply reply = server.get("/api/figures?format=csv&size=7&q=" + enc("repayment rate"));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(
                "attachment; filename=\"fupin-figures-repayment-rate.csv\"",
                reply.raw().headers().firstValue("Content-Disposition").orElse(""));
        String[] lines = reply.body().split("\r\n", -1);
        assertEquals(
                "province,province_zh,year,measure,value,unit,qualifier,text,sentence,section_id,section_title,"
                        + "citation",
                lines[0]);
        assertEquals(9, lines.length, "header, 7 rows, and the empty string after the last CRLF");
        assertEquals("", lines[8]);
        // Every sentence and citation holds commas or quotes, so each row quotes them and doubles inner quotes.
        assertTrue(
                reply.body().contains(",\"China Poverty Alleviation Yearbook, \"\"Poverty Alleviation and"),
                reply.body());
        assertTrue(reply.body().contains("Guizhou,贵州,2011,repayment rate,71.18,percent,,71.18%,"), reply.body());

        TestServer.Reply chinese = server.get("/api/figures?format=csv&q=" + enc("还款率"));
        assertEquals(
                "attachment; filename=\"fupin-figures.csv\"; filename*=UTF-8''fupin-figures-%E8%BF%98%E6%AC%BE"
                        + "%E7%8E%87.csv",
                chinese.raw().headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void badInputIsAClearBadRequest() throws Exception {
        for (String query : List.of(
                "q=rate&page=2",
                "q=rate&format=xml",
                "q=rate&size=0",
                "q=rate&size=501",
                "q=rate&size=x",
                "",
                "q=+",
                "q=rate&province=Atlantis",
                "q=rate&format=csv&format=json",
                "q=rate&year=20x1",
                "q=" + "x".repeat(1_001),
                "q=" + enc("word ".repeat(65).strip()),
                "q=" + enc("*"))) {
            TestServer.Reply reply = server.get("/api/figures?" + query);
            assertEquals(400, reply.status(), query + ": " + reply.body());
            assertTrue(reply.json().path("error").path("message").asText().length() > 10, query + ": " + reply.body());
        }
        assertTrue(server.get("/api/figures?q=rate&page=2")
                .json()
                .path("error")
                .path("message")
                .asText()
                .contains("allowed: q, province, year, program, lang, match, format, size"));
    }

    @Test
    void aChineseReportGivesItsFiguresToChineseAndEnglishQuestions() throws Exception {
        try (TestServer withChinese = TestServer.over(SeedIndex.withChineseReport())) {
            for (String q : List.of("还款率", "repayment rate")) {
                JsonNode reply = withChinese
                        .get("/api/figures?province=Guizhou&q=" + enc(q))
                        .json();
                JsonNode zh = null;
                for (JsonNode f : reply.path("figures")) {
                    if (f.path("sentence").asText().contains("互助资金还款率达到98%")
                            && f.path("text").asText().equals("98%")) {
                        zh = f;
                    }
                }
                assertTrue(zh != null, q + ": " + reply);
                assertEquals("98", zh.path("value").decimalValue().toPlainString());
                assertEquals("percent", zh.path("unit").asText());
                assertEquals("互助资金还款率", zh.path("measure").asText());
                assertEquals("98%", zh.path("text").asText());
                assertEquals("贵州", zh.path("province_zh").asText());
                assertTrue(zh.path("sentence_html").asText().contains("<mark>"), zh.toString());
                // The Chinese rate and the English one (Guizhou 2011, 71.18%) are both among the first figures.
                assertTrue(top(reply, 3).contains("007dacfd0107814e 71.18 "), q + ": " + top(reply, 3));
            }
        }
    }
}
