package org.fupin.query.bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fupin.index.Analyzers;

/**
 * Splits Chinese text the glossary does not cover into words with the same SmartChineseAnalyzer that indexes the
 * Chinese fields, so each leftover word is searched the way it was indexed.
 */
final class ChineseSegmenter {

    /**
     * Function words dropped from leftovers: they carry no meaning of their own, and a caller that requires every
     * piece would otherwise demand 与 or 的 in English reports, where it can never match.
     */
    static final Set<String> FUNCTION_WORDS = Set.of("的", "与", "和", "及", "或", "在", "了", "是", "等", "对", "之");

    /** Analyzers are thread-safe; SmartChineseAnalyzer loads its dictionaries once, so share one instance. */
    private static final Analyzer CHINESE = Analyzers.chinese();

    /** The words of {@code chinese} as they appear in the text; punctuation and function words dropped. */
    List<String> words(String chinese) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = CHINESE.tokenStream("", chinese)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = chinese.substring(offsets.startOffset(), offsets.endOffset());
                if (!term.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return words;
    }
}
