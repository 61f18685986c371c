package org.fupin.query.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.fupin.index.Analyzers;
import org.junit.jupiter.api.Test;

/**
 * Pins how SmartChineseAnalyzer segments domain terms, so a dictionary change in a Lucene upgrade fails here instead
 * of silently changing recall, and shows why the glossary is matched on the raw text rather than on these tokens.
 */
class SmartChineseBehaviourTest {

    private static List<String> tokens(String text) throws IOException {
        try (Analyzer analyzer = Analyzers.chinese()) {
            return AnalyzedTerms.of(analyzer, "body_zh", text);
        }
    }

    @Test
    void splitsDomainTermsIntoPieces() throws IOException {
        assertEquals(List.of("雨露", "计划"), tokens("雨露计划"));
        assertEquals(List.of("易", "地", "扶贫", "搬迁"), tokens("易地扶贫搬迁"));
        assertEquals(List.of("互助", "资金"), tokens("互助资金"));
        assertEquals(List.of("互助", "资金", "还款", "率"), tokens("互助资金还款率"));
        assertEquals(List.of("整", "村", "推进"), tokens("整村推进"));
        assertEquals(List.of("广西", "壮族", "自治区"), tokens("广西壮族自治区"));
    }

    @Test
    void glossaryLookupOnSegmentedTokensWouldLoseTheProgram() throws IOException {
        Glossary glossary = Glossary.bundled();

        List<String> pieces = tokens("易地扶贫搬迁");

        // Token by token, 易 and 地 mean nothing and 扶贫 becomes generic "poverty alleviation":
        // the program 易地扶贫搬迁 (relocation) is never seen as a whole.
        assertFalse(pieces.contains("易地扶贫搬迁"));
        assertFalse(glossary.lookup("易").isPresent());
        assertEquals(
                "poverty alleviation",
                glossary.lookup("扶贫").orElseThrow().targets().get(0));
        // On the raw text, the longest match finds the whole term.
        assertEquals(
                "易地扶贫搬迁", glossary.longestMatchAt("易地扶贫搬迁", 0).orElseThrow().source());
    }
}
