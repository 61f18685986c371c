package org.fupin.query.bilingual;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.fupin.index.Analyzers;

/**
 * Normalises English text the way the English fields are indexed (lower case, stop words, Porter stems), so the
 * reverse glossary finds "Mutual Fund", "mutual funds" and "Relocated" under the same keys as the targets.
 */
final class EnglishKeys {

    /** Analyzers are thread-safe and reuse their token streams per thread, so one instance serves every call. */
    private static final Analyzer ENGLISH = Analyzers.english();

    private EnglishKeys() {}

    /** The analysed tokens of {@code text}. */
    static List<String> tokens(String text) {
        return Analyzers.tokens(ENGLISH, text);
    }

    /** The tokens joined by single spaces; empty when nothing searchable is left (e.g. only stop words). */
    static String key(String text) {
        return String.join(" ", tokens(text));
    }
}
