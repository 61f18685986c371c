package org.fupin.query.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

    private static final QueryTranslator TRANSLATOR = new QueryTranslator(Glossary.bundled());

    private static List<String> originals(List<Expansion> expansions) {
        return expansions.stream().map(Expansion::original).toList();
    }

    @Test
    void longestGlossaryTermBeatsItsParts() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("易地扶贫搬迁");

        assertEquals(1, pieces.size());
        Expansion relocation = pieces.get(0);
        assertEquals("易地扶贫搬迁", relocation.original());
        assertEquals(
                List.of(
                        "易地扶贫搬迁",
                        "relocation",
                        "resettlement",
                        "ex-situ relocation",
                        "poverty relief relocation",
                        "扶贫搬迁",
                        "易地搬迁",
                        "异地搬迁",
                        "生态移民",
                        "移民搬迁",
                        "扶贫移民",
                        "搬迁",
                        "移民"),
                relocation.alternatives());
        assertEquals(
                List.of(new Translation(
                        "易地扶贫搬迁",
                        List.of("relocation", "resettlement", "ex-situ relocation", "poverty relief relocation"))),
                relocation.translations());
    }

    @Test
    void chineseWithoutSpacesSplitsIntoSeveralTranslatedTerms() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("互助资金还款率");

        assertEquals(List.of("互助资金", "还款率"), originals(pieces));
        assertEquals(
                List.of("互助资金", "mutual funds", "mutual aid funds"),
                pieces.get(0).alternatives().subList(0, 3));
        assertEquals(List.of("还款率", "repayment rate"), pieces.get(1).alternatives());
        assertEquals("互助资金 → \"mutual funds\" | \"mutual aid funds\", 还款率 → \"repayment rate\"", described(pieces));
    }

    @Test
    void singleTermSeamKeepsTheWholeOriginalFirstAndAllTargets() {
        Expansion expansion = TRANSLATOR.expand("互助资金还款率");

        assertEquals(
                List.of("互助资金还款率", "mutual funds", "mutual aid funds", "repayment rate"), expansion.alternatives());
        assertEquals(
                List.of("互助资金", "还款率"),
                expansion.translations().stream().map(Translation::from).toList());
        assertEquals(
                "互助资金还款率 [互助资金 → \"mutual funds\" | \"mutual aid funds\"; 还款率 → \"repayment rate\"]",
                expansion.describe());
    }

    @Test
    void unknownChineseIsSegmentedKeptAsItIsAndFlaggedUntranslated() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("量子计算");

        assertEquals(List.of("量子", "计算"), originals(pieces));
        for (Expansion piece : pieces) {
            assertEquals(List.of(piece.original()), piece.alternatives());
            assertEquals(List.of(piece.original()), piece.untranslated());
            assertFalse(piece.isTranslated());
        }
        assertEquals("量子 (not translated), 计算 (not translated)", described(pieces));
        Expansion whole = TRANSLATOR.expand("量子计算");
        assertEquals(List.of("量子计算"), whole.alternatives());
        assertEquals(List.of("量子", "计算"), whole.untranslated());
    }

    @Test
    void onlyTheLeftoverBetweenGlossaryTermsIsSegmented() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("贵州量子计算与互助资金");

        assertEquals(List.of("贵州", "量子", "计算", "互助资金"), originals(pieces));
        assertEquals(List.of("贵州", "Guizhou", "贵州省"), pieces.get(0).alternatives());
        assertEquals(List.of("量子"), pieces.get(1).untranslated());
        assertTrue(pieces.get(3).isTranslated());
    }

    @Test
    void chineseTermsGainTheirChineseVariantsForChineseReports() {
        Expansion hunan = TRANSLATOR.expandPieces("湖南").get(0);

        assertEquals(List.of("湖南", "Hunan", "湖南省"), hunan.alternatives());
        assertEquals(List.of(new Translation("湖南", List.of("Hunan"))), hunan.translations());
    }

    @Test
    void mixedQueryIsExpandedWordByWord() {
        List<Expansion> guizhou = TRANSLATOR.expandPieces("Guizhou 易地扶贫搬迁");
        List<Expansion> rainPlan = TRANSLATOR.expandPieces("Rain Plan 湖南");

        assertEquals(List.of("Guizhou", "易地扶贫搬迁"), originals(guizhou));
        assertEquals(List.of("Guizhou", "贵州", "贵州省"), guizhou.get(0).alternatives());
        assertTrue(guizhou.get(1).alternatives().contains("relocation"));
        assertEquals(List.of("Rain Plan", "湖南"), originals(rainPlan));
        // The other English target of 雨露计划培训 is searched too, so "Rain Plan" and 雨露计划 find the same sections.
        assertEquals(
                List.of("Rain Plan", "雨露计划", "雨露计划培训", "雨露工程", "Rain Plan training"),
                rainPlan.get(0).alternatives());
        assertEquals(List.of("湖南", "Hunan", "湖南省"), rainPlan.get(1).alternatives());
        assertEquals("Rain Plan → \"雨露计划\" | \"雨露计划培训\" | \"雨露工程\", 湖南 → \"Hunan\"", described(rainPlan));
    }

    @Test
    void scriptsGluedTogetherOrSeparatedByChinesePunctuationAreSplit() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("Guizhou易地扶贫搬迁，互助资金");

        assertEquals(List.of("Guizhou", "易地扶贫搬迁", "互助资金"), originals(pieces));
    }

    @Test
    void englishWordsGainChineseTermsAndStopWordsAreDropped() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("the relocated households in Guangxi");

        assertEquals(List.of("relocated", "households", "Guangxi"), originals(pieces));
        assertTrue(pieces.get(0).alternatives().contains("易地扶贫搬迁"));
        assertEquals(List.of("Guangxi", "广西", "广西壮族自治区", "广西自治区"), pieces.get(2).alternatives());
    }

    @Test
    void englishWordsWithoutGlossaryEntryAreSearchedAsTyped() {
        List<Expansion> pieces = TRANSLATOR.expandPieces("walnut quantum");

        assertEquals(List.of("walnut", "quantum"), originals(pieces));
        assertTrue(pieces.get(0).isTranslated());
        assertEquals(List.of("quantum"), pieces.get(1).alternatives());
        assertEquals(List.of(), pieces.get(1).translations());
        assertEquals(List.of(), pieces.get(1).untranslated());
    }

    @Test
    void quotedPhraseStaysOneExpansion() {
        // Quotes are the query parser's business; a quoted phrase reaches the translator whole.
        Expansion phrase = TRANSLATOR.expand("mutual funds");

        assertEquals("mutual funds", phrase.original());
        assertEquals("互助资金", phrase.alternatives().get(1));
    }

    /** The pieces as {@code query.parsed} once showed them, joined by commas. */
    private static String described(List<Expansion> pieces) {
        return pieces.stream().map(Expansion::describe).collect(java.util.stream.Collectors.joining(", "));
    }
}
