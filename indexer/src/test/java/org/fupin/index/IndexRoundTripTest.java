package org.fupin.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fupin.corpus.SeedCorpus;
import org.fupin.figures.Qualifier;
import org.fupin.figures.StoredFigure;
import org.fupin.figures.StoredFigures;
import org.fupin.figures.Unit;
import org.fupin.vocab.Program;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the index from the real seeds into a temp folder and queries it with plain Lucene. */
class IndexRoundTripTest {

    @TempDir
    static Path temp;

    static DirectoryReader reader;
    static IndexSearcher searcher;
    static BuildSummary summary;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path index = temp.resolve("index");
        summary = IndexBuilder.build(SeedCorpus.folder(), index);
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void indexesEverySectionTheParserFound() throws Exception {
        int parsed =
                SeedCorpus.reports().stream().mapToInt(r -> r.sectionCount()).sum();

        assertEquals(parsed, reader.numDocs());
        assertEquals(parsed, summary.sections());
        assertEquals(5, summary.files());
        assertEquals(33, summary.chapters().size());
        assertEquals("33", reader.getIndexCommit().getUserData().get(Schema.COMMIT_CHAPTERS));
    }

    @Test
    void storesEachSectionsFiguresWithOffsetsIntoTheBody() throws Exception {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, "007dacfd0107814e")), 1);
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        String body = doc.get(Schema.BODY_EN);

        List<StoredFigure> figures = figuresOf(doc);

        StoredFigure rate = figures.getLast();
        assertEquals("71.18", rate.value().toString());
        assertEquals(Unit.PERCENT, rate.unit());
        assertEquals("repayment rate", rate.measure());
        assertEquals(Qualifier.NONE, rate.qualifier());
        assertEquals("71.18%", body.substring(rate.spanStart(), rate.spanEnd()));
        assertEquals(
                "A total of 64.4078 million Yuan of loans was repaid and the repayment rate was 71.18%.",
                body.substring(rate.sentenceStart(), rate.sentenceEnd()));
        assertEquals("64407800", figures.get(figures.size() - 2).value().toString());
    }

    /** The section's stored figures, decoded as the server decodes them. */
    private static List<StoredFigure> figuresOf(Document doc) {
        BytesRef bytes = doc.getBinaryValue(Schema.FIGURES);
        return bytes == null ? List.of() : StoredFigures.read(bytes.bytes, bytes.offset, bytes.length);
    }

    @Test
    void summaryCountsTheStoredFigures() throws Exception {
        long stored = 0;
        for (int i = 0; i < reader.maxDoc(); i++) {
            stored += figuresOf(reader.storedFields().document(i)).size();
        }

        assertEquals(stored, summary.figures());
        assertTrue(stored > 1000, "figures: " + stored);
    }

    @Test
    void phraseSearchForMutualFundsFindsTheMutualFundsSections() throws Exception {
        // The vocabulary counts mutual aid societies as mutual funds, so the tag covers both phrases.
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new PhraseQuery(Schema.BODY_EN, "mutual", "fund"), BooleanClause.Occur.SHOULD)
                .add(new PhraseQuery(Schema.TITLE_EN, "mutual", "fund"), BooleanClause.Occur.SHOULD)
                .add(new PhraseQuery(Schema.BODY_EN, "mutual", "aid"), BooleanClause.Occur.SHOULD)
                .build();

        TopDocs top = searcher.search(query, 500);
        Set<String> hitIds = new HashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hitIds.add(searcher.storedFields().document(sd.doc).get(Schema.ID));
        }
        TopDocs tagged = searcher.search(new TermQuery(new Term(Schema.PROGRAM, Program.MUTUAL_FUNDS.id())), 500);
        assertTrue(tagged.totalHits.value() >= 15, "mutual-funds sections: " + tagged.totalHits.value());
        for (ScoreDoc sd : tagged.scoreDocs) {
            String id = searcher.storedFields().document(sd.doc).get(Schema.ID);
            assertTrue(hitIds.contains(id), "tagged mutual-funds section " + id + " not found by the phrase");
        }
    }

    @Test
    void stemmingMakesLoanFindLoansAndRelocatedFindRelocation() throws Exception {
        assertEquals(54, searcher.count(new TermQuery(new Term(Schema.BODY_EN, "loan"))));
        int relocated = searcher.count(new TermQuery(new Term(
                Schema.BODY_EN,
                Analyzers.english()
                        .normalize(Schema.BODY_EN, "relocated")
                        .utf8ToString()
                        .replace("relocated", "reloc"))));
        assertEquals(47, relocated);
    }

    @Test
    void facetCountsAddUpToTheSectionCounts() throws Exception {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
        FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);

        FacetResult provinces = facets.getTopChildren(100, Schema.PROVINCE);
        FacetResult years = facets.getTopChildren(100, Schema.YEAR);
        assertEquals(reader.numDocs(), sum(provinces));
        assertEquals(reader.numDocs(), sum(years));
        assertEquals(29, provinces.childCount);
        assertEquals(summary.sectionsByYear().get(2012), count(years, "2012"));
        assertEquals(searcher.count(IntPoint.newExactQuery(Schema.YEAR, 2011)), count(years, "2011"));

        FacetResult programs = facets.getTopChildren(100, Schema.PROGRAM);
        for (LabelAndValue lv : programs.labelValues) {
            int tagged = searcher.count(new TermQuery(new Term(Schema.PROGRAM, lv.label)));
            assertEquals(tagged, lv.value.intValue(), lv.label);
        }
        assertEquals(
                33,
                count(programs, Program.OVERVIEW.id()) + 1,
                "every chapter but Inner Mongolia opens with an overview");
    }

    @Test
    void rebuildingTheSameTextGivesTheSameIds() throws Exception {
        Path second = temp.resolve("second");
        IndexBuilder.build(SeedCorpus.folder(), second);

        try (DirectoryReader again = DirectoryReader.open(FSDirectory.open(second))) {
            assertEquals(ids(reader), ids(again));
        }
        assertTrue(Files.isDirectory(second));
    }

    private static Set<String> ids(DirectoryReader r) throws IOException {
        IndexSearcher s = new IndexSearcher(r);
        Set<String> ids = new HashSet<>();
        for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), r.numDocs()).scoreDocs) {
            ids.add(s.storedFields().document(sd.doc).get(Schema.ID));
        }
        return ids;
    }

    private static int sum(FacetResult result) {
        int total = 0;
        for (LabelAndValue lv : result.labelValues) {
            total += lv.value.intValue();
        }
        return total;
    }

    private static int count(FacetResult result, String label) {
        for (LabelAndValue lv : result.labelValues) {
            if (lv.label.equals(label)) {
                return lv.value.intValue();
            }
        }
        return 0;
    }
}
