package org.fupin.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.fupin.index.Analyzers;

/**
 * Query-time analyzers. The English one is the index's English chain followed by a {@link SynonymGraphFilter} over
 * the bundled {@code synonyms.txt}; synonyms apply at query time only, so editing them needs no reindex.
 *
 * <p>The filter emits a token graph (a multi-word synonym such as "petty loans" spans several positions beside
 * "microcredit"). Build queries from it with Lucene's {@link org.apache.lucene.util.QueryBuilder}
 * ({@code createBooleanQuery}, {@code createPhraseQuery}), which turns graphs into correct alternatives; a
 * hand-rolled loop that reads only position increments would glue the alternatives into one wrong phrase.
 */
public final class QueryAnalyzers {

    /** Classpath location of the bundled English synonyms. */
    public static final String SYNONYMS_RESOURCE = "/org/fupin/bilingual/synonyms.txt";

    private QueryAnalyzers() {
    }

    /** Built on first use and shared: analyzers are thread-safe and the synonym map is immutable. */
    private static final class Holder {
        static final Analyzer ENGLISH_WITH_SYNONYMS = withSynonyms(Analyzers.english(), loadSynonyms());
    }

    /** The English query analyzer with synonyms, shared by all callers; do not close it. */
    public static Analyzer englishWithSynonyms() {
        return Holder.ENGLISH_WITH_SYNONYMS;
    }

    /** The bundled synonyms, parsed with the index's English analysis so they match stemmed tokens. */
    static SynonymMap loadSynonyms() {
        try (InputStream in = QueryAnalyzers.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled synonyms missing from the classpath: " + SYNONYMS_RESOURCE);
            }
            return parseSynonyms(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled synonyms", e);
        }
    }

    /** Synonyms in Solr format, each phrase analysed like the English fields (lower case, stop words, stems). */
    static SynonymMap parseSynonyms(Reader solrFormat) throws IOException {
        // dedup: drop repeated rules; expand: "a, b, c" maps every phrase to every other one.
        SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.english());
        try {
            parser.parse(solrFormat);
        } catch (ParseException e) {
            throw new IllegalStateException("invalid synonyms at line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
        return parser.build();
    }

    /** {@code delegate}'s analysis followed by a synonym graph filter. */
    static Analyzer withSynonyms(Analyzer delegate, SynonymMap synonyms) {
        return new AnalyzerWrapper(delegate.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return delegate;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                // ignoreCase is moot after LowerCaseFilter but keeps "Rain Plan" matching if the chain changes.
                return new TokenStreamComponents(components.getSource(),
                        new SynonymGraphFilter(components.getTokenStream(), synonyms, true));
            }
        };
    }
}
