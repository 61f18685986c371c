package org.fupin.query.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny English and Chinese index searched through the translator, the way the server combines expansions. */
class BilingualSearchTest {

    private static final Map<String, String> ENGLISH = Map.of(
            "en-mutual", "Village mutual funds in Hunan kept a repayment rate of 98%.",
            "en-guizhou-relocation", "Guizhou Province completed the ex-situ relocation of 30,000 poor people.",
            "en-hunan-resettlement", "Hunan Province finished the resettlement of 12,000 households.",
            "en-rain-plan", "The Rain Plan trained 20,000 young people from poor families in Hunan.");
    private static final Map<String, String> CHINESE = Map.of("zh-rain-plan", "湖南省雨露计划培训贫困家庭青年两万人。");

    private static final QueryTranslator TRANSLATOR = new QueryTranslator(Glossary.bundled());
    private static final QueryBuilder ENGLISH_QUERIES = new QueryBuilder(QueryAnalyzers.englishWithSynonyms());
    private static final QueryBuilder CHINESE_QUERIES = new QueryBuilder(Analyzers.chinese());

    private static Directory dir;
    private static DirectoryReader reader;

    @BeforeAll
    static void buildIndex() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
            ENGLISH.forEach((id, body) -> add(writer, id, Schema.BODY_EN, body));
            CHINESE.forEach((id, body) -> add(writer, id, Schema.BODY_ZH, body));
        }
        reader = DirectoryReader.open(dir);
    }

    private static void add(IndexWriter writer, String id, String field, String body) {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, id, Field.Store.YES));
        doc.add(new TextField(field, body, Field.Store.NO));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    /** Every piece must match; a piece matches when any alternative matches as a phrase in either language. */
    private static Query allPieces(List<Expansion> expansions) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Expansion expansion : expansions) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String alternative : expansion.alternatives()) {
                addIfAny(any, ENGLISH_QUERIES.createPhraseQuery(Schema.BODY_EN, alternative));
                addIfAny(any, CHINESE_QUERIES.createPhraseQuery(Schema.BODY_ZH, alternative));
            }
            all.add(any.build(), Occur.MUST);
        }
        return all.build();
    }

    private static void addIfAny(BooleanQuery.Builder any, Query query) {
        if (query != null) {
            any.add(query, Occur.SHOULD);
        }
    }

    private static List<String> search(String userQuery) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(allPieces(TRANSLATOR.expandPieces(userQuery)), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
        }
        return ids.stream().sorted().toList();
    }

    @Test
    void chineseQueryFindsTheEnglishMutualFundsSection() throws IOException {
        assertEquals(List.of("en-mutual"), search("互助资金还款率"));
    }

    @Test
    void untranslatedChineseQueryWouldFindNoEnglishSection() throws IOException {
        Query untranslated = CHINESE_QUERIES.createPhraseQuery(Schema.BODY_EN, "互助资金还款率");

        assertEquals(0, new IndexSearcher(reader).count(untranslated));
    }

    @Test
    void relocationInChineseFindsRelocationAndResettlement() throws IOException {
        assertEquals(List.of("en-guizhou-relocation", "en-hunan-resettlement"), search("易地扶贫搬迁"));
    }

    @Test
    void mixedQueryNarrowsToTheProvince() throws IOException {
        assertEquals(List.of("en-guizhou-relocation"), search("Guizhou 易地扶贫搬迁"));
        assertEquals(List.of("en-guizhou-relocation"), search("贵州 易地扶贫搬迁"));
    }

    @Test
    void rainPlanIsFoundInBothLanguagesFromEitherLanguage() throws IOException {
        assertEquals(List.of("en-rain-plan", "zh-rain-plan"), search("雨露计划"));
        assertEquals(List.of("en-rain-plan", "zh-rain-plan"), search("Rain Plan"));
        assertEquals(List.of("en-rain-plan", "zh-rain-plan"), search("Rain Plan 湖南"));
    }
}
