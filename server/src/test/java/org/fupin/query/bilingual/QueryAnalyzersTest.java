package org.fupin.query.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.junit.jupiter.api.Test;

class QueryAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return AnalyzedTerms.of(analyzer, Schema.BODY_EN, text);
    }

    /** Ids of the sections matching {@code query}, in id order. */
    private static List<String> search(Query query, String... bodies) throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
                for (int i = 0; i < bodies.length; i++) {
                    Document doc = new Document();
                    doc.add(new StringField(Schema.ID, "doc" + i, Field.Store.YES));
                    doc.add(new TextField(Schema.BODY_EN, bodies[i], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
                }
                return ids.stream().sorted().toList();
            }
        }
    }

    @Test
    void bundledSynonymsParseAndTheAnalyzerIsBuiltOnce() {
        assertTrue(QueryAnalyzers.loadSynonyms().fst != null);
        assertSame(QueryAnalyzers.englishWithSynonyms(), QueryAnalyzers.englishWithSynonyms());
    }

    @Test
    void relocationExpandsToResettlementAndMigration() throws IOException {
        List<String> tokens = tokens(QueryAnalyzers.englishWithSynonyms(), "relocation");

        assertTrue(tokens.containsAll(List.of("reloc", "resettl", "migrat", "ex", "situ")), tokens.toString());
    }

    @Test
    void synonymsMatchStemmedAndCapitalisedInput() throws IOException {
        List<String> tokens = tokens(QueryAnalyzers.englishWithSynonyms(), "Petty Loans");

        assertTrue(tokens.containsAll(List.of("microcredit", "microfin", "petti", "loan")), tokens.toString());
    }

    @Test
    void phraseQueryOverTheSynonymGraphStillMatchesTheIndexedPhrase() throws IOException {
        QueryBuilder builder = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
        String[] bodies = {
            "Completed the ex-situ relocation of poor households in 2011.",
            "Petty loans were issued to 3,000 farmers.",
            "Households were poor before relocation."
        };

        // "of" is a stop word: the phrase keeps its gap through the synonym graph, as the index does.
        assertEquals(
                List.of("doc0"),
                search(builder.createPhraseQuery(Schema.BODY_EN, "relocation of poor households"), bodies));
        assertEquals(
                List.of("doc0"),
                search(builder.createPhraseQuery(Schema.BODY_EN, "resettlement of poor households"), bodies));
        // "ex-situ relocation" is itself a synonym of "relocation", so both relocation sections match.
        assertEquals(
                List.of("doc0", "doc2"),
                search(builder.createPhraseQuery(Schema.BODY_EN, "ex-situ relocation"), bodies));
        assertEquals(List.of("doc1"), search(builder.createPhraseQuery(Schema.BODY_EN, "microcredit"), bodies));
        assertEquals(List.of("doc1"), search(builder.createPhraseQuery(Schema.BODY_EN, "petty loans"), bodies));
        assertEquals(List.of(), search(builder.createPhraseQuery(Schema.BODY_EN, "poor relocation"), bodies));
    }

    @Test
    void booleanQueryTreatsMultiWordSynonymsAsPhrases() throws IOException {
        QueryBuilder builder = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        String[] bodies = {"Petty loans were issued to farmers.", "Loans for roads; petty cash for farmers."};

        Query query = builder.createBooleanQuery(Schema.BODY_EN, "microcredit");

        assertEquals(List.of("doc0"), search(query, bodies));
    }

    @Test
    void synonymPhrasesMayContainStopWords() throws IOException {
        QueryBuilder builder = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
        String[] bodies = {"Poverty alleviation by science and technology in Gansu.", "Sci-tech parks in Gansu."};

        assertEquals(List.of("doc0", "doc1"), search(builder.createPhraseQuery(Schema.BODY_EN, "sci-tech"), bodies));
        assertEquals(
                List.of("doc0", "doc1"),
                search(builder.createPhraseQuery(Schema.BODY_EN, "science and technology"), bodies));
    }

    @Test
    void withoutASynonymTheTokensAndGapsEqualTheIndexAnalyzers() throws IOException {
        String text = "The Government's 12th Five-Year Plan of repayment rates was being implemented";

        assertEquals(positions(Analyzers.english(), text), positions(QueryAnalyzers.englishWithSynonyms(), text));
    }

    private static List<String> positions(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY_EN, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void invalidSynonymFileIsRejected() {
        assertThrows(IllegalStateException.class, () -> QueryAnalyzers.parseSynonyms(new StringReader("a => \n")));
    }
}
