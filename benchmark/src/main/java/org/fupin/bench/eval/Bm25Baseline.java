package org.fupin.bench.eval;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.fupin.index.Analyzers;
import org.fupin.index.Schema;
import org.fupin.vocab.Language;

/**
 * Plain BM25 over the same index: the typed words only (quotes dropped), analysed like the index (English analyzer
 * for English queries over the English heading and body, SmartChinese for Chinese ones over the Chinese fields), any
 * word may match, no synonyms, no translations, no boosts. The bar every piece of query machinery has to clear.
 */
final class Bm25Baseline implements Ranker {

    private final IndexSearcher searcher;

    Bm25Baseline(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public String name() {
        return "bm25";
    }

    @Override
    public Ranked rank(JudgedQuery query, Language language) throws IOException {
        String text = query.text(language).replace('"', ' ');
        Analyzer analyzer = language == Language.EN ? Analyzers.english() : Analyzers.chinese();
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String field : List.of(Schema.titleField(language), Schema.bodyField(language))) {
            Query q = builder.createBooleanQuery(field, text, Occur.SHOULD);
            if (q != null) {
                words.add(q, Occur.SHOULD);
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        filter(all, Schema.PROVINCE, query.filters().province());
        filter(all, Schema.PROGRAM, query.filters().program());
        if (!query.filters().year().isEmpty()) {
            all.add(
                    IntPoint.newSetQuery(
                            Schema.YEAR,
                            query.filters().year().stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray()),
                    Occur.FILTER);
        }
        Query q = all.build();
        TopDocs top = searcher.search(q, Metrics.K);
        List<String> ids = Arrays.stream(top.scoreDocs).map(sd -> id(sd.doc)).toList();
        return new Ranked(ids, searcher.count(q));
    }

    private static void filter(BooleanQuery.Builder all, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        all.add(any.build(), Occur.FILTER);
    }

    private String id(int doc) {
        try {
            return searcher.storedFields().document(doc).get(Schema.ID);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
