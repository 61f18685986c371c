package org.fupin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.search.IndexSearcher;
import org.fupin.http.SearchParameters;
import org.fupin.query.GlossaryExpander;
import org.fupin.query.LuceneQueryBuilder;
import org.fupin.query.QueryParser;
import org.fupin.testing.SeedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search alone on the server counts on a second thread while it ranks; on a busy server it runs both passes on its
 * own thread. Both must give the same answer: the same total, partial total, facet counts, hits and scores.
 */
class SearchPassesTest {

    private static IndexHandle index;
    private static final ExecutorService COUNTER = Executors.newVirtualThreadPerTaskExecutor();
    private static final LuceneQueryBuilder BUILDER = new LuceneQueryBuilder(GlossaryExpander.bundled());

    @BeforeAll
    static void buildSeedIndex() throws Exception {
        index = IndexHandle.open(SeedIndex.path());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        COUNTER.shutdown();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=poverty",
                "q=mutual funds repayment rate",
                "q=mutual funds repayment rate&province=Guizhou&province=Xinjiang",
                "q=\"rain plan\"&year=2011",
                "q=rain plan&program=rain-plan&sort=year",
                "q=relocation OR migration -Guizhou&sort=province",
                "q=microcredit&match=any&page=2",
                "q=互助资金 还款率",
                "q=mutal funds repaymnet rate",
                "q=-Guizhou",
                "q=&year=2012",
                "q=&sort=year_asc"
            })
    void countingOnTheSearchThreadAnswersAsOnASecondThread(String query) throws Exception {
        SearchRequest request = request(query);
        SearchResponse two = run(request, COUNTER);
        SearchResponse one = run(request, null);

        assertEquals(two.total(), one.total(), "total");
        assertEquals(two.partialTotal(), one.partialTotal(), "partial total");
        assertEquals(two.query(), one.query(), "query echo");
        assertEquals(two.facets(), one.facets(), "facet counts");
        assertEquals(
                two.hits().stream()
                        .map(h -> h.id() + " " + h.score() + " " + h.match())
                        .toList(),
                one.hits().stream()
                        .map(h -> h.id() + " " + h.score() + " " + h.match())
                        .toList(),
                "hits and scores");
        assertTrue(one.total() + one.partialTotal() > 0, "the seeds answer " + query);
    }

    @Test
    void anExclusionAloneCountsTheSectionsItLeaves() throws Exception {
        SearchRequest request = request("q=-Guizhou");
        int all = index.withSearcher(searcher -> searcher.getIndexReader().numDocs());
        int left = index.withSearcher(
                searcher -> all - searcher.count(built(request, searcher).excluded()));
        assertEquals(left, run(request, null).total());
        assertEquals(left, run(request, COUNTER).total());
        assertTrue(left < all, "some sections name Guizhou");
    }

    private static SearchResponse run(SearchRequest request, ExecutorService counter) throws Exception {
        return index.withSearcher(searcher -> new Search(
                        index, searcher, request, SearchLimits.defaults(), new Snippets(), System.nanoTime(), counter)
                .run(built(request, searcher)));
    }

    private static LuceneQueryBuilder.Built built(SearchRequest request, IndexSearcher searcher) {
        return BUILDER.build(
                new QueryParser().parse(request.q()), request.match(), new IndexTermStats(searcher.getIndexReader()));
    }

    private static SearchRequest request(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(pair.substring(eq + 1));
        }
        return SearchParameters.parse(params, SearchLimits.defaults(), null);
    }
}
