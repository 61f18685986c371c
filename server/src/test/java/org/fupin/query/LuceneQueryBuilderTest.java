package org.fupin.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query builder on four hand-written sections in memory, with exact expectations: which sections each form of a
 * query matches, and the Lucene query it builds, pinned as {@code Query.toString()} the way Lucene's own tests pin
 * behaviour. Terms are expanded by {@link TermExpander#IDENTITY}, so no glossary or synonym file shapes the strings.
 */
class LuceneQueryBuilderTest {

    private static final LuceneQueryBuilder BUILDER = new LuceneQueryBuilder(TermExpander.IDENTITY);
    private static final QueryParser PARSER = new QueryParser();
    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
            add(writer, "both", "Mutual funds", "The repayment rate of the mutual funds reached 98%.");
            add(writer, "funds", "Mutual funds", "Villages set up mutual funds.");
            add(writer, "rate", "Microcredit", "The repayment rate reached 100%.");
            add(writer, "other", "Roads", "Roads were built.");
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static void add(IndexWriter writer, String id, String title, String body) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, id, Field.Store.YES));
        doc.add(new TextField(Schema.TITLE_EN, title, Field.Store.YES));
        doc.add(new TextField(Schema.BODY_EN, body, Field.Store.YES));
        writer.addDocument(doc);
    }

    private static LuceneQueryBuilder.Built build(String q, MatchMode mode) {
        return BUILDER.build(PARSER.parse(q), mode, TermStats.NONE);
    }

    private static List<String> ids(Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            out.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
        }
        return out.stream().sorted().toList();
    }

    @Test
    void everyWordIsAConceptAndEveryConceptMustMatch() throws IOException {
        LuceneQueryBuilder.Built built = build("repayment rate", MatchMode.ALL);

        assertEquals(List.of("repayment", "rate"), Concept.labels(built.concepts()));
        // Per concept, a disjunction-max of the typed word in the English heading and body and, at 0.3, the same
        // word in the Chinese fields (English words in Chinese reports).
        assertEquals(
                "+(((title_en:repay)^1.0 body_en:repay) | ((title_zh:repay)^1.0 body_zh:repay)^0.3)"
                        + " +(((title_en:rate)^1.0 body_en:rate) | ((title_zh:rate)^1.0 body_zh:rate)^0.3)",
                built.matching().toString());
        assertEquals(List.of("both", "rate"), ids(built.matching()));
    }

    @Test
    void matchAnyAcceptsAnyConceptAndRanksSectionsWithAllOfThemFirst() throws IOException {
        LuceneQueryBuilder.Built built = build("mutual repayment", MatchMode.ANY);

        assertEquals(List.of("both", "funds", "rate"), ids(built.matching()));
        IndexSearcher searcher = new IndexSearcher(reader);
        String first = searcher.storedFields()
                .document(searcher.search(built.ranking(), 1).scoreDocs[0].doc)
                .get(Schema.ID);
        assertEquals("both", first);
    }

    @Test
    void partialMatchesAreTheSectionsWithSomeButNotAllConcepts() throws IOException {
        LuceneQueryBuilder.Built built = build("mutual repayment", MatchMode.ALL);

        assertEquals(List.of("both"), ids(built.matching()));
        assertEquals(List.of("funds", "rate"), ids(built.partialMatching()));
    }

    @Test
    void aQuotedPhraseIsOneConceptThatMustStandTogether() throws IOException {
        LuceneQueryBuilder.Built built = build("\"rate repayment\"", MatchMode.ALL);

        assertEquals(List.of("\"rate repayment\""), Concept.labels(built.concepts()));
        assertEquals(List.of(), ids(built.matching()));
        assertEquals(
                List.of("both", "rate"),
                ids(build("\"repayment rate\"", MatchMode.ALL).matching()));
    }

    @Test
    void excludedWordsRemoveSectionsAndRepeatedWordsAreOneConcept() throws IOException {
        assertEquals(
                List.of("rate"), ids(build("repayment -mutual", MatchMode.ALL).matching()));
        assertEquals(
                List.of("repayment"),
                Concept.labels(build("repayment repayment", MatchMode.ALL).concepts()));
    }

    @Test
    void aMultiWordTermIsNotExpandedToASingleWordAmongItsTargets() throws IOException {
        // As the glossary gives 扶贫贴息贷款: discount loans | interest subsidy | loans.
        TermExpander glossary = new TermExpander() {
            @Override
            public List<Piece> expand(UserQuery.Term term) {
                return run(term.text());
            }

            @Override
            public List<Piece> run(String words) {
                String typed = words.strip();
                return List.of(
                        new Piece(typed, List.of(typed, "interest subsidy", "loans"), List.of(), List.of(), typed));
            }
        };
        LuceneQueryBuilder.Built built =
                new LuceneQueryBuilder(glossary).build(PARSER.parse("discount loans"), MatchMode.ALL, TermStats.NONE);

        try (ByteBuffersDirectory loans = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(loans, new IndexWriterConfig(Analyzers.forIndexing()))) {
                add(writer, "discount", "Credit", "Discount loans were issued.");
                add(writer, "subsidy", "Credit", "An interest subsidy was paid.");
                add(writer, "loans", "Credit", "Loans were issued to farmers.");
            }
            try (DirectoryReader loansReader = DirectoryReader.open(loans)) {
                IndexSearcher searcher = new IndexSearcher(loansReader);
                List<String> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(built.matching(), 10).scoreDocs) {
                    found.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
                }
                assertEquals(
                        List.of("discount", "subsidy"), found.stream().sorted().toList());
            }
        }
    }
}
