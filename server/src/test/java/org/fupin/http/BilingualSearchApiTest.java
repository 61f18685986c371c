package org.fupin.http;

import static org.fupin.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese, English and mixed queries over the seed reports through a real server with the bundled glossary.
 *
 * <p>Equivalence measure: for each pair of equivalent queries, the overlap of the top 10 section ids (how many of the
 * Chinese query's top 10 are also in the English query's top 10). A pair passes with an overlap of at least 6, or
 * with the same best hit when the overlap is lower (broad English words rank many loosely related sections). The
 * measured table is printed and written to {@code target/bilingual-overlap.md}.
 */
class BilingualSearchApiTest {

    /** Chinese query, equivalent English query (both written from the seed text). */
    static final String[][] PAIRS = {
        {"雨露计划", "Rain Plan"},
        {"互助资金 还款率", "mutual funds repayment rate"},
        {"互助资金", "mutual funds"},
        {"易地扶贫搬迁", "relocation"},
        {"整村推进 资金", "entire village advancement funds"},
        {"小额信贷", "microcredit"},
        {"产业扶贫", "industrial poverty alleviation"},
        {"定点扶贫", "fixed-point poverty alleviation"},
        {"彩票公益金", "lottery public welfare funds"},
        {"革命老区", "old revolutionary base areas"},
        {"建档立卡", "file archiving"},
        // One Chinese compound is one concept: its English equivalent is the quoted phrase (unquoted, the three
        // loose words find sections about poor areas in general; see the report).
        {"连片特困地区", "\"contiguous poor areas\""},
        {"科技扶贫", "science and technology"},
        {"两项制度衔接", "convergence of two systems"},
        {"旅游扶贫", "rural tourism"},
        {"灾后重建", "post-disaster reconstruction"},
        {"外资扶贫", "foreign-funded"},
        {"社会扶贫", "social poverty alleviation"},
        {"扶贫资金", "anti-poverty funds"},
        {"危房改造", "dilapidated houses"},
        {"劳动力转移", "labor transfer"},
        {"贵州 易地扶贫搬迁", "Guizhou relocation"},
        {"湖南 雨露计划", "Hunan Rain Plan"},
        {"江西 产业扶贫", "Jiangxi industrial poverty alleviation"},
        {"贫困人口", "poor population"},
        {"培训", "training"},
        {"基础设施", "infrastructure"},
        {"贫困村", "poor villages"},
    };
    /**
     * Pairs measured and printed but held only to an overlap of 3: the Chinese term names one concept while the
     * English words are broad and also rank sections that merely mention them (see the printed table).
     */
    static final Set<String> WEAK = Set.of("连片特困地区", "扶贫资金");

    static final int WEAK_MIN_OVERLAP = 3;
    static final int TOP = 10;
    static final int MIN_OVERLAP = 6;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode search(TestServer on, String query) throws Exception {
        return on.ok("/api/search?" + query);
    }

    static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    @Test
    void equivalentChineseAndEnglishQueriesFindMostlyTheSameTopSections() throws Exception {
        StringBuilder table = new StringBuilder("| Chinese query | English query | hits zh | hits en | overlap@10 |"
                + " same best hit |\n|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();

        for (String[] pair : PAIRS) {
            JsonNode zh = search(server, "size=" + TOP + "&q=" + enc(pair[0]));
            JsonNode en = search(server, "size=" + TOP + "&q=" + enc(pair[1]));
            List<String> zhIds = ids(zh);
            Set<String> common = new HashSet<>(zhIds);
            common.retainAll(ids(en));
            boolean sameBest = !zhIds.isEmpty() && zhIds.get(0).equals(ids(en).isEmpty() ? "" : ids(en).get(0));
            table.append("| ")
                    .append(pair[0])
                    .append(" | ")
                    .append(pair[1])
                    .append(" | ")
                    .append(zh.path("total").asInt())
                    .append(" | ")
                    .append(en.path("total").asInt())
                    .append(" | ")
                    .append(common.size())
                    .append(" | ")
                    .append(sameBest ? "yes" : "no")
                    .append(" |\n");
            boolean weak = WEAK.contains(pair[0]);
            if (weak ? common.size() < WEAK_MIN_OVERLAP : common.size() < MIN_OVERLAP && !sameBest) {
                failures.add(pair[0] + " / " + pair[1] + ": " + common.size());
            }
        }

        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bilingual-overlap.md"), table.toString(), StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, "pairs under " + MIN_OVERLAP + " of " + TOP + " in common\n" + table);
    }

    @Test
    void chineseQueryReportsItsTranslationsInParsedAndTranslated() throws Exception {
        JsonNode query = search(server, "q=" + enc("互助资金 还款率")).path("query");

        assertEquals(
                "互助资金 → \"mutual funds\" | \"mutual aid funds\" + 还款率 → \"repayment rate\"",
                query.path("parsed").asText());
        assertEquals(
                "[{\"from\":\"互助资金\",\"to\":[\"mutual funds\",\"mutual aid funds\"]},"
                        + "{\"from\":\"还款率\",\"to\":[\"repayment rate\"]}]",
                query.path("translated").toString());
    }

    @Test
    void chineseQueryWithTwoConceptsRanksSectionsWithBothFirst() throws Exception {
        JsonNode r = search(server, "q=" + enc("互助资金还款率"));

        JsonNode top = r.path("hits").get(0);
        assertTrue(top.path("programs").toString().contains("mutual-funds"), top.toString());
        assertTrue(top.path("snippet_html").asText().contains("<mark>repayment rate</mark>"), top.toString());
        assertEquals(ids(search(server, "q=" + enc("互助资金 还款率"))), ids(r));
    }

    @Test
    void mixedGuizhouRelocationPutsGuizhouRelocationSectionsOnTop() throws Exception {
        for (String q : List.of("Guizhou 易地扶贫搬迁", "贵州 易地扶贫搬迁", "Guizhou易地扶贫搬迁")) {
            JsonNode hits = search(server, "size=3&q=" + enc(q)).path("hits");

            for (JsonNode hit : hits) {
                assertEquals("Guizhou", hit.path("province").asText(), q + ": " + hit);
            }
            for (int i = 0; i < 2; i++) {
                assertTrue(hits.get(i).path("programs").toString().contains("relocation"), q + ": " + hits.get(i));
            }
        }
    }

    @Test
    void mixedRainPlanHunanPutsHunanRainPlanSectionsOnTop() throws Exception {
        JsonNode r = search(server, "size=2&q=" + enc("Rain Plan 湖南"));

        for (JsonNode hit : r.path("hits")) {
            assertEquals("Hunan", hit.path("province").asText(), hit.toString());
            assertTrue(hit.path("programs").toString().contains("rain-plan"), hit.toString());
        }
        assertEquals(
                "Rain Plan → \"雨露计划\" | \"雨露计划培训\" | \"雨露工程\" + 湖南 → \"Hunan\"",
                r.path("query").path("parsed").asText());
    }

    @Test
    void unknownChineseWordIsSearchedAsItIsAndReportedAsNotTranslated() throws Exception {
        JsonNode r = search(server, "q=" + enc("量子计算"));

        assertEquals(
                "量子 (not translated) + 计算 (not translated)",
                r.path("query").path("parsed").asText());
        assertEquals(0, r.path("query").path("translated").size());
        assertEquals(0, r.path("total").asInt());
    }

    @Test
    void unknownChineseWordBesideAKnownOneStillFindsTheKnownOne() throws Exception {
        JsonNode r = search(server, "q=" + enc("量子 雨露计划"));

        // Exactly what 雨露计划 alone finds.
        assertEquals(
                search(server, "q=" + enc("雨露计划")).path("total").asInt(),
                r.path("total").asInt());
        assertEquals(36, r.path("total").asInt());
        assertTrue(r.path("hits").get(0).path("programs").toString().contains("rain-plan"));
        assertTrue(r.path("query").path("parsed").asText().contains("量子 (not translated)"));
        // No section contains 量子, so it is left out and reported rather than emptying the results.
        assertEquals("[\"量子\"]", r.path("query").path("unmatched").toString());
        assertEquals("[\"雨露计划\"]", r.path("query").path("concepts").toString());
    }

    @Test
    void resettlementFindsRelocationSectionsThroughSynonyms() throws Exception {
        JsonNode r = search(server, "size=5&q=resettlement");

        assertTrue(r.path("total").asInt() >= 10, r.toString());
        for (JsonNode hit : r.path("hits")) {
            assertTrue(hit.path("programs").toString().contains("relocation"), hit.toString());
        }
    }

    @Test
    void aQuotedPhraseWithASynonymBearingWordStillMatches() throws Exception {
        JsonNode exact = search(server, "q=" + enc("\"relocation of the poor\""));
        JsonNode synonym = search(server, "q=" + enc("\"resettlement of the poor\""));

        assertTrue(exact.path("total").asInt() >= 1, exact.toString());
        assertTrue(ids(synonym).containsAll(ids(exact)), synonym.toString());
    }

    @Test
    void anEnglishGlossaryTermIsOneConceptThatListsTheChineseTermsSearched() throws Exception {
        JsonNode query = search(server, "q=" + enc("Rain Plan")).path("query");

        assertEquals("[\"Rain Plan\"]", query.path("concepts").toString());
        assertEquals(
                "Rain Plan → \"雨露计划\" | \"雨露计划培训\" | \"雨露工程\"",
                query.path("parsed").asText());
        assertEquals(
                "[{\"from\":\"Rain Plan\",\"to\":[\"雨露计划\",\"雨露计划培训\",\"雨露工程\"]}]",
                query.path("translated").toString());
    }

    @Test
    void facetLabelsFollowLangParameterAndAcceptLanguage() throws Exception {
        JsonNode zh = server.get("/api/facets?lang=zh").json();
        JsonNode en = server.get("/api/facets").json();
        JsonNode header = server.getWithHeader("/api/facets", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .json();
        JsonNode search = server.getWithHeader("/api/search?size=1&q=relocation", "Accept-Language", "zh-TW")
                .json();
        JsonNode forced = server.getWithHeader("/api/search?size=1&lang=en", "Accept-Language", "zh")
                .json();

        for (JsonNode v : zh.path("province")) {
            assertEquals(v.path("label_zh").asText(), v.path("label").asText());
        }
        for (JsonNode v : en.path("program")) {
            assertEquals(v.path("label_en").asText(), v.path("label").asText());
        }
        assertEquals(zh, header);
        assertEquals(
                search.path("facets").path("program").get(0).path("label_zh").asText(),
                search.path("facets").path("program").get(0).path("label").asText());
        assertEquals(
                forced.path("facets").path("province").get(0).path("label_en").asText(),
                forced.path("facets").path("province").get(0).path("label").asText());
        assertFalse(zh.path("year").get(0).has("label"));
        assertEquals(400, server.get("/api/facets?lang=fr").status());
    }

    @Test
    void chineseReadersGetEqualCountsInChineseOrder() throws Exception {
        JsonNode zh = server.get("/api/facets?lang=zh").json().path("province");
        java.text.Collator chinese = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);

        for (int i = 1; i < zh.size(); i++) {
            JsonNode a = zh.get(i - 1);
            JsonNode b = zh.get(i);
            assertTrue(
                    a.path("count").asInt() > b.path("count").asInt()
                            || a.path("count").asInt() == b.path("count").asInt()
                                    && chinese.compare(
                                                    a.path("label").asText(),
                                                    b.path("label").asText())
                                            <= 0,
                    a + " / " + b);
        }
    }
}
