package org.fupin.bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

    /** Analyzers are thread-safe; SmartChineseAnalyzer loads its dictionaries once, so share one instance. */
    private static final Analyzer CHINESE = Analyzers.chinese();

    /** The words of {@code chinese} as they appear in the text (offsets, not normalised terms); punctuation dropped. */
    List<String> words(String chinese) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = CHINESE.tokenStream("", chinese)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!term.isEmpty()) {
                    words.add(chinese.substring(offsets.startOffset(), offsets.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return words;
    }
}
