package org.fupin.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;

/** Highlighted titles, snippets and whole texts, from the offsets stored in the postings. */
final class Snippets {

    private static final String[] TITLES = {Schema.TITLE_EN, Schema.TITLE_ZH};
    private static final String[] BODIES = {Schema.BODY_EN, Schema.BODY_ZH};
    private static final int SNIPPET_PASSAGES = 2;
    private static final int PASSAGE_CHARS = 240;
    private static final int MAX_ANALYSED_CHARS = 1_000_000;

    private final Analyzer analyzer = Analyzers.forIndexing();

    /**
     * Highlighted title and snippet for each doc, in the order given.
     *
     * @return {@code [doc][0]} the title html, {@code [doc][1]} the snippet html
     */
    String[][] titlesAndSnippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        String[][] out = new String[docs.length][2];
        if (docs.length == 0) {
            return out;
        }
        Map<String, String[]> titles = whole(searcher).highlightFields(TITLES, query, docs, new int[] {1, 1});
        UnifiedHighlighter bodies = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new EscapingPassageFormatter(PASSAGE_CHARS))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxLength(MAX_ANALYSED_CHARS)
                // Term-by-term marks: a sloppy phrase would otherwise mark every word between its ends.
                .withWeightMatches(false)
                .build();
        Map<String, String[]> snippets = bodies.highlightFields(BODIES, query, docs,
                new int[] {SNIPPET_PASSAGES, SNIPPET_PASSAGES});
        for (int i = 0; i < docs.length; i++) {
            out[i][0] = firstNonNull(titles, TITLES, i);
            out[i][1] = firstNonNull(snippets, BODIES, i);
        }
        return out;
    }

    /** The whole title and body of one doc, escaped, with the query's terms marked. */
    String[] wholeTitleAndBody(IndexSearcher searcher, Query query, int doc) throws IOException {
        String[] fields = {Schema.TITLE_EN, Schema.TITLE_ZH, Schema.BODY_EN, Schema.BODY_ZH};
        Map<String, String[]> all = whole(searcher).highlightFields(fields, query, new int[] {doc},
                new int[] {1, 1, 1, 1});
        return new String[] {firstNonNull(all, TITLES, 0), firstNonNull(all, BODIES, 0)};
    }

    private UnifiedHighlighter whole(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new EscapingPassageFormatter(Integer.MAX_VALUE))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_ANALYSED_CHARS)
                // Term-by-term marks: a sloppy phrase would otherwise mark every word between its ends.
                .withWeightMatches(false)
                .build();
    }

    private static String firstNonNull(Map<String, String[]> byField, String[] fields, int i) {
        for (String field : fields) {
            String value = byField.get(field)[i];
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
