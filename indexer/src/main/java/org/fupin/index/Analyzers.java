package org.fupin.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one factory of analyzers: English text gets English analysis (stop words, Porter stemming), Chinese text gets
 * SmartChineseAnalyzer, everything else is a keyword. The indexer, query parser and highlighter all use it.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** English: lower case, stop words, possessives, Porter stemming ("loans" and "loan" meet, as do "relocated" and "relocation"). */
    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** Chinese: SmartChineseAnalyzer's HMM word segmentation with its default stop words. */
    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }

    /** The per-field analyzer used to index sections. */
    public static Analyzer forIndexing() {
        Analyzer english = english();
        Analyzer chinese = chinese();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Schema.TITLE_EN, english,
                Schema.BODY_EN, english,
                Schema.TITLE_ZH, chinese,
                Schema.BODY_ZH, chinese));
    }
}
