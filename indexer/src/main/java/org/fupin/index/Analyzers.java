package org.fupin.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one factory of analyzers: English text gets English analysis (stop words, Porter stemming), Chinese text gets
 * SmartChineseAnalyzer, everything else is a keyword. The indexer, query parser and highlighter all use it.
 */
public final class Analyzers {

    private Analyzers() {}

    /** English: lower case, stop words, possessives, Porter stemming ("loans" and "loan" meet, as do "relocated" and "relocation"). */
    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** Chinese: SmartChineseAnalyzer's HMM word segmentation with its default stop words. */
    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }

    /** The tokens {@code analyzer} makes of {@code text}, in order: what a field indexes, or a query searches. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        return tokens(analyzer, "", text);
    }

    /** The tokens a per-field {@code analyzer} makes of {@code text} in {@code field}, in order. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return tokens;
    }

    /** The per-field analyzer used to index sections. */
    public static Analyzer forIndexing() {
        Analyzer english = english();
        Analyzer chinese = chinese();
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        Schema.TITLE_EN, english,
                        Schema.BODY_EN, english,
                        Schema.TITLE_ZH, chinese,
                        Schema.BODY_ZH, chinese));
    }
}
