package org.fupin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.query.TermStats;

/**
 * Word statistics of one index reader: a word is common when more than {@link #COMMON_SHARE} of the sections with
 * English text contain it (in the seeds: poor, funds, work, development; not microfinance or relocation). Measured on
 * the index rather than listed, so it follows the corpus a user indexes.
 */
final class IndexTermStats implements TermStats {

    /** The share of sections above which a word is too common to expand on its own. */
    static final double COMMON_SHARE = 0.2;
    /** Below this many sections a share says nothing about the language; no word counts as common. */
    static final int MIN_SECTIONS = 100;

    /** Shared: analyzers are thread-safe, and one is asked for every plain word of every search. */
    private static final Analyzer ENGLISH = Analyzers.english();

    private final IndexReader reader;

    IndexTermStats(IndexReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean isCommon(String englishWord) {
        List<String> tokens = Analyzers.tokens(ENGLISH, englishWord);
        if (tokens.size() != 1) {
            return false;
        }
        try {
            int sections = reader.getDocCount(Schema.BODY_EN);
            return sections >= MIN_SECTIONS
                    && reader.docFreq(new Term(Schema.BODY_EN, tokens.get(0))) > COMMON_SHARE * sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
