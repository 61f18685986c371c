package org.fupin.search;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.search.IndexSearcher;
import org.fupin.query.LuceneQueryBuilder;
import org.fupin.query.TermExpander;
import org.fupin.query.UserQuery;

/**
 * Answers searches and figure questions over one shared {@link IndexHandle}: admits each to a slot ({@link Admission}),
 * answers repeated requests from the {@link ResultCache}, and runs the rest as a {@link Search}. Section look-ups and
 * whole-index counts are {@link #sections()} and {@link #overview()}.
 */
public final class SearchService {

    private final IndexHandle index;
    private final SearchLimits limits;
    private final LuceneQueryBuilder builder;
    private final Snippets snippets = new Snippets();
    private final Admission admission;
    private final Sections sections;
    /** Counts beside the ranking pass while the server has an idle core: virtual threads, as slots bound searches. */
    private final ExecutorService counter = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("fupin-count-", 0).factory());

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private final IndexOverview overview;
    /** Answers figure questions ({@code /api/figures}) over the sections a search matches. */
    private final FigureFinder figures = new FigureFinder();
    /** Answers to repeated requests, or null when switched off ({@code -Dfupin.resultCache=false}). */
    private final ResultCache results = ResultCache.ENABLED ? new ResultCache(ResultCache.MAX_BYTES) : null;

    static {
        // Each concept carries its translations and synonyms over four fields; 64 concepts (the word limit) with their
        // partial-match words stay well below this, where Lucene's default of 1,024 clauses did not.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
    }

    /** A service over {@code index} that expands terms with {@code expander}. */
    public SearchService(IndexHandle index, SearchLimits limits, TermExpander expander, String version) {
        this.index = index;
        this.limits = limits;
        this.builder = new LuceneQueryBuilder(expander);
        this.admission = new Admission(limits);
        this.sections = new Sections(index, limits, builder);
        this.overview = new IndexOverview(index, version);
    }

    /** The limits this service enforces. */
    public SearchLimits limits() {
        return limits;
    }

    /** One page of hits with multi-select facet counts. */
    public SearchResponse search(SearchRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        UserQuery userQuery = limits.parse(request.q());
        if (results == null) {
            return withSlot(() -> index.withSearcher(searcher -> search(searcher, userQuery, request, started)));
        }
        IndexSearcher searcher = index.acquire();
        try {
            // A repeated request needs no slot: answering it from the cache costs less than queueing for one.
            ResultCache.Key key = ResultCache.key(searcher, request);
            SearchResponse cached = results.get(key);
            if (cached != null) {
                return cached.answeredIn((System.nanoTime() - started) / 1_000_000);
            }
            SearchResponse response = withSlot(() -> search(searcher, userQuery, request, started));
            results.put(key, response);
            return response;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Runs {@code request} on {@code searcher} exactly as {@link #search(SearchRequest)} would, without taking a slot:
     * the warm-up uses it on a searcher that requests cannot see yet.
     */
    SearchResponse searchOn(IndexSearcher searcher, SearchRequest request) throws IOException {
        long started = System.nanoTime();
        UserQuery userQuery = limits.parse(request.q());
        return search(searcher, userQuery, request, started);
    }

    private SearchResponse search(IndexSearcher searcher, UserQuery userQuery, SearchRequest request, long started)
            throws IOException {
        LuceneQueryBuilder.Built built = build(searcher, userQuery, request);
        // Fewer searches than cores: this one may count on an idle core to answer sooner. Under load it counts on its
        // own thread: queued behind other searches' counting, cheap searches would wait for expensive ones.
        ExecutorService second = admission.inFlight() < CORES ? counter : null;
        return new Search(index, searcher, request, limits, snippets, started, second).run(built);
    }

    /** The query's concepts and Lucene queries, within the limit on distinct words and terms. */
    private LuceneQueryBuilder.Built build(IndexSearcher searcher, UserQuery userQuery, SearchRequest request) {
        LuceneQueryBuilder.Built built =
                builder.build(userQuery, request.match(), new IndexTermStats(searcher.getIndexReader()));
        if (built.concepts().size() > limits.maxTerms()) {
            // An unbroken run of Chinese can segment into hundreds of words within the character limit.
            throw SearchException.badRequest("the query has " + built.concepts().size() + " distinct words and"
                    + " terms; the limit is " + limits.maxTerms() + ": shorten it or quote a phrase");
        }
        return built;
    }

    /**
     * The figures that answer {@code request}'s question in the sections it matches under its filters, best
     * {@code size} first (its page and sort are not used): see {@link FigureFinder}.
     */
    public FiguresResponse figures(SearchRequest request, int size) throws IOException, InterruptedException {
        long started = System.nanoTime();
        UserQuery userQuery = figureQuery(request);
        return withSlot(() -> index.withSearcher(searcher -> figures(searcher, userQuery, request, size, started)));
    }

    /** {@link #figures(SearchRequest, int)} on {@code searcher} without a slot: for the warm-up. */
    FiguresResponse figuresOn(IndexSearcher searcher, SearchRequest request, int size) throws IOException {
        return figures(searcher, figureQuery(request), request, size, System.nanoTime());
    }

    private UserQuery figureQuery(SearchRequest request) {
        if (request.q().isBlank()) {
            throw SearchException.badRequest("q is required: figures answer a question, e.g. q=repayment rate");
        }
        UserQuery userQuery = limits.parse(request.q());
        return userQuery;
    }

    private FiguresResponse figures(
            IndexSearcher searcher, UserQuery userQuery, SearchRequest request, int size, long started)
            throws IOException {
        LuceneQueryBuilder.Built built = build(searcher, userQuery, request);
        if (built.matchesAll()) {
            throw SearchException.badRequest("q has nothing searchable: " + built.parsed());
        }
        return figures.find(searcher, built, q -> FacetFilters.drillDown(q, request), request, size, started);
    }

    /** Whole sections by id, for the reader. */
    public Sections sections() {
        return sections;
    }

    /** Facet counts, statistics and liveness of the whole index. */
    public IndexOverview overview() {
        return overview;
    }

    private <T> T withSlot(Admission.SlotWork<T> work) throws IOException, InterruptedException {
        return admission.withSlot(work);
    }
}
