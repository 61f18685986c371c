package org.fupin.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;
import org.fupin.query.MatchMode;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a few representative searches through the whole search path on a searcher before users reach it: at start-up
 * on the searcher just opened, and on every later index generation before it is published. Without it the first
 * search after a start paid for class loading, the first JIT compilations and reading the index's term dictionaries
 * and doc values from disk (1.5 s at 100k sections, where later ones took 4–100 ms). The answers are thrown away; a
 * failing warm-up search is logged and never keeps the server from starting or a new commit from being served.
 */
public final class SearchWarmer implements IndexHandle.Warmer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmer.class);

    /**
     * One search of each kind the page sends: several words with filters (drill-sideways counts, possibly the partial
     * tier), a phrase sorted by year, a Chinese term (segmentation, translation), any-word matching, and a filtered
     * browse without words (facets only). Values that an index lacks just match nothing; the path still runs.
     */
    static final List<SearchRequest> REQUESTS = List.of(
            request(
                    "mutual funds repayment rate",
                    List.of(Province.HEBEI, Province.GUIZHOU),
                    List.of(),
                    List.of(),
                    SortOrder.RELEVANCE,
                    MatchMode.ALL),
            request("\"rain plan\" training", List.of(), List.of(), List.of(), SortOrder.YEAR, MatchMode.ALL),
            request("易地扶贫搬迁", List.of(), List.of(), List.of(), SortOrder.RELEVANCE, MatchMode.ALL),
            request("relocation tourism", List.of(), List.of(), List.of(), SortOrder.RELEVANCE, MatchMode.ANY),
            request(
                    "",
                    List.of(),
                    List.of(new YearRange(2008, 2012)),
                    List.of(Program.MUTUAL_FUNDS),
                    SortOrder.RELEVANCE,
                    MatchMode.ALL));

    /** Figures asked for in the warm-up: the page's compare view asks for 100. */
    private static final int FIGURES_SIZE = 100;

    private final SearchService service;
    private final AtomicInteger searchers = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();

    private SearchWarmer(SearchService service) {
        this.service = service;
    }

    /**
     * Warms the searcher {@code index} serves now with {@code service}'s search path, and has {@code index} warm every
     * searcher it opens later the same way before publishing it.
     */
    public static SearchWarmer install(IndexHandle index, SearchService service) throws IOException {
        SearchWarmer warmer = new SearchWarmer(service);
        index.warmNewSearchersWith(warmer);
        IndexSearcher current = index.acquire();
        try {
            warmer.warm(current);
        } finally {
            index.release(current);
        }
        return warmer;
    }

    @Override
    public void warm(IndexSearcher searcher) {
        long started = System.nanoTime();
        int ok = 0;
        for (SearchRequest request : REQUESTS) {
            try {
                service.searchOn(searcher, request);
                ok++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("warm-up search '{}' failed: {}", request.q(), e.toString());
            }
        }
        try {
            // The figures path (memory indexes, the sentence highlighter) has its own first-use cost: seconds, once.
            service.figuresOn(searcher, REQUESTS.getFirst(), FIGURES_SIZE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("warm-up figures '{}' failed: {}", REQUESTS.getFirst().q(), e.toString());
        }
        searches.addAndGet(ok);
        int generation = searchers.incrementAndGet();
        LOG.info(
                "warm-up: {} of {} searches on index generation {} ({} sections) in {} ms",
                ok,
                REQUESTS.size(),
                generation,
                searcher.getIndexReader().numDocs(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** How many searchers have been warmed: the one open at start-up, then one per new index generation. */
    public int searchersWarmed() {
        return searchers.get();
    }

    /** Warm-up searches that completed, over every warmed searcher. */
    public int searchesRun() {
        return searches.get();
    }

    private static SearchRequest request(
            String q,
            List<Province> provinces,
            List<YearRange> years,
            List<Program> programs,
            SortOrder sort,
            MatchMode match) {
        return new SearchRequest(
                q, provinces, years, programs, 1, SearchRequest.DEFAULT_SIZE, sort, Language.EN, match);
    }
}
