package org.fupin.query.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Query-time analyzers. The English one gives the same tokens and positions as the index's {@link EnglishAnalyzer}
 * (lower case, possessives, stop words, Porter stems) plus the synonyms of the bundled {@code synonyms.txt}; synonyms
 * apply at query time only, so editing them needs no reindex.
 *
 * <p>The synonym filter runs after stemming but before stop-word removal: {@link SynonymGraphFilter} drops the
 * position gap a removed stop word leaves, so with the filter after the stop filter "relocation of poor households"
 * would become the phrase "reloc poor household" and never match the indexed "reloc ? poor household". Stop words
 * are marked as keywords, so the stemmer leaves them alone and {@link StopWordRemover} drops exactly them, as when
 * they are removed first; a side benefit is that synonym phrases may contain stop words ("science and technology").
 *
 * <p>The filter emits a token graph (a multi-word synonym such as "petty loans" spans several positions beside
 * "microcredit"). Build queries from it with Lucene's {@link org.apache.lucene.util.QueryBuilder}
 * ({@code createBooleanQuery}, {@code createPhraseQuery}), which turns graphs into correct alternatives; a
 * hand-rolled loop that reads only position increments would glue the alternatives into one wrong phrase.
 */
public final class QueryAnalyzers {

    /** Classpath location of the bundled English synonyms. */
    public static final String SYNONYMS_RESOURCE = "/org/fupin/query/bilingual/synonyms.txt";

    private QueryAnalyzers() {}

    /** Built on first use and shared: analyzers are thread-safe and the synonym map is immutable. */
    private static final class Holder {
        static final Analyzer ENGLISH_WITH_SYNONYMS = englishChain(loadSynonyms());
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

    /** Synonyms in Solr format, each phrase analysed like the query text at the synonym filter (lower case, stems). */
    static SynonymMap parseSynonyms(Reader solrFormat) throws IOException {
        // dedup: drop repeated rules; expand: "a, b, c" maps every phrase to every other one.
        SolrSynonymParser parser = new SolrSynonymParser(true, true, englishChain(null));
        try {
            parser.parse(solrFormat);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    "invalid synonyms at line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
        return parser.build();
    }

    /**
     * The English chain with {@code synonyms} before stop-word removal; without synonyms (to parse the synonym file)
     * it also keeps stop words, so a synonym phrase is matched against the same tokens the query has at that point.
     */
    static Analyzer englishChain(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new SetKeywordMarkerFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                    stream = new StopWordRemover(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
