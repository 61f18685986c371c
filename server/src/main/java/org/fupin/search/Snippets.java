package org.fupin.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.vocab.Language;

/** Highlighted titles, snippets and whole texts, from the offsets stored in the postings. */
final class Snippets {

    /**
     * A section's title and text (a snippet of it, or the whole of it) as escaped HTML with the query's words marked.
     *
     * @param titleHtml the whole title
     * @param textHtml  the snippet or the whole body; empty when nothing is to show
     */
    record Marked(String titleHtml, String textHtml) {}

    private static final String[] TITLES = {Schema.TITLE_EN, Schema.TITLE_ZH};
    private static final String[] BODIES = {Schema.BODY_EN, Schema.BODY_ZH};
    private static final int SNIPPET_PASSAGES = 2;
    private static final int PASSAGE_CHARS = 240;
    /** Whole sections: the index takes none longer, so text_html is never cut. */
    private static final int MAX_ANALYSED_CHARS = Schema.MAX_SECTION_CHARS;

    private static final PassageScorer SCORER = new LeanPassageScorer();
    private static final PassageFormatter WHOLE = new EscapingPassageFormatter(Integer.MAX_VALUE);
    private static final PassageFormatter SNIPPET = new EscapingPassageFormatter(PASSAGE_CHARS);

    private final Analyzer analyzer = Analyzers.forIndexing();

    /**
     * Highlighted title and snippet for each hit, in the order given. One highlighter does titles and bodies, only
     * in the languages the hits are written in (a section has one title and one body field), and it reads the texts
     * from {@code sections}, which the caller has already read, instead of decompressing the stored document again.
     *
     * @param sections the stored sections of {@code docs}, index for index
     * @return the title and snippet of each doc, index for index
     */
    Marked[] titlesAndSnippets(IndexSearcher searcher, Query query, int[] docs, StoredSection[] sections)
            throws IOException {
        Marked[] out = new Marked[docs.length];
        if (docs.length == 0) {
            return out;
        }
        Map<Integer, StoredSection> byDoc = new HashMap<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], sections[i]);
            languages.add(sections[i].language());
        }
        List<String> fields = new ArrayList<>();
        List<Integer> passages = new ArrayList<>();
        for (Language language : languages) {
            fields.add(Schema.titleField(language));
            passages.add(1);
            fields.add(Schema.bodyField(language));
            passages.add(SNIPPET_PASSAGES);
        }
        UnifiedHighlighter highlighter = new PreloadedHighlighter(
                UnifiedHighlighter.builder(searcher, analyzer)
                        .withMaxLength(MAX_ANALYSED_CHARS)
                        // Term-by-term marks: a sloppy phrase would otherwise mark every word between its ends.
                        .withWeightMatches(false),
                byDoc);
        Map<String, String[]> html = highlighter.highlightFields(
                fields.toArray(String[]::new),
                query,
                docs,
                passages.stream().mapToInt(Integer::intValue).toArray());
        for (int i = 0; i < docs.length; i++) {
            Language language = sections[i].language();
            out[i] = new Marked(
                    orEmpty(html.get(Schema.titleField(language))[i]),
                    orEmpty(html.get(Schema.bodyField(language))[i]));
        }
        return out;
    }

    /**
     * Highlights texts the caller already read: titles whole, bodies as sentence snippets. Lucene asks for the texts
     * of all fields of all docs at once, in doc id order.
     */
    private static final class PreloadedHighlighter extends UnifiedHighlighter {

        private final Map<Integer, StoredSection> sections;

        PreloadedHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, StoredSection> sections) {
            super(builder);
            this.sections = sections;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                StoredSection section = sections.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = section.text(fields[f]);
                    texts[f] =
                            text == null || text.length() <= getMaxLength() ? text : text.substring(0, getMaxLength());
                }
                values.add(texts);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return isTitle(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return SCORER;
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return isTitle(field) ? WHOLE : SNIPPET;
        }

        private static boolean isTitle(String field) {
            return field.equals(Schema.TITLE_EN) || field.equals(Schema.TITLE_ZH);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The whole title and body of one doc, escaped, with the query's terms marked. */
    Marked wholeTitleAndBody(IndexSearcher searcher, Query query, int doc) throws IOException {
        String[] fields = {Schema.TITLE_EN, Schema.TITLE_ZH, Schema.BODY_EN, Schema.BODY_ZH};
        Map<String, String[]> all =
                whole(searcher).highlightFields(fields, query, new int[] {doc}, new int[] {1, 1, 1, 1});
        return new Marked(firstNonNull(all, TITLES, 0), firstNonNull(all, BODIES, 0));
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
