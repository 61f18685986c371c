package org.fupin.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.fupin.index.Schema;
import org.fupin.query.Concept;
import org.fupin.query.LuceneQueryBuilder;
import org.fupin.query.MatchMode;
import org.fupin.query.QueryParser;
import org.fupin.query.TermExpander;
import org.fupin.query.UserQuery;
import org.fupin.vocab.Language;

/** Answers searches, section look-ups, facet and index statistics over one shared {@link IndexHandle}. */
public final class SearchService {

    private final IndexHandle index;
    private final SearchLimits limits;
    private final QueryParser parser = new QueryParser();
    private final LuceneQueryBuilder builder;
    private final Snippets snippets = new Snippets();
    private final Admission admission;
    /** Runs the counting pass beside the ranking pass; virtual threads, as the slots already bound the searches. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final ExecutorService passes = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("fupin-count-", 0).factory());
    private final String version;
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
        this.version = version;
    }

    /** The limits this service enforces. */
    public SearchLimits limits() {
        return limits;
    }

    /**
     * Below this many sections with every concept, the sections that miss one concept follow them, marked as partial:
     * a page that would otherwise be short or empty shows the nearest answers and says what they lack.
     */
    static final int PARTIAL_BELOW = SearchRequest.DEFAULT_SIZE;

    /** One page of hits with multi-select facet counts. */
    public SearchResponse search(SearchRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        UserQuery userQuery = parser.parse(request.q());
        limits.checkQueryTerms(userQuery);
        if (results == null) {
            return withSlot(() -> withSearcher(searcher -> search(searcher, userQuery, request, started)));
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
        UserQuery userQuery = parser.parse(request.q());
        limits.checkQueryTerms(userQuery);
        return search(searcher, userQuery, request, started);
    }

    private SearchResponse search(IndexSearcher searcher, UserQuery userQuery, SearchRequest request, long started)
            throws IOException {
        LuceneQueryBuilder.Built built =
                builder.build(userQuery, request.match(), new IndexTermStats(searcher.getIndexReader()));
        if (built.concepts().size() > limits.maxTerms()) {
            // An unbroken run of Chinese can segment into hundreds of words within the character limit.
            throw SearchException.badRequest("the query has " + built.concepts().size() + " distinct words and"
                    + " terms; the limit is " + limits.maxTerms() + ": shorten it or quote a phrase");
        }
        SearchResponse response = execute(searcher, built, request, List.of(), started);
        boolean noneHasAll = response.total() == 0 || response.query().counts().equals("partial");
        if (noneHasAll && request.match() == MatchMode.ALL && built.concepts().size() > 1) {
            List<Concept> unmatched = new ArrayList<>();
            for (Concept concept : built.concepts()) {
                if (searcher.count(concept.query()) == 0) {
                    unmatched.add(concept);
                }
            }
            if (!unmatched.isEmpty() && unmatched.size() < built.concepts().size()) {
                response = execute(searcher, built.without(unmatched), request, Concept.labels(unmatched), started);
            }
        }
        return response;
    }

    /** Runs one built query: counts and facets, the ranked page, and the partial matches after few full ones. */
    private SearchResponse execute(
            IndexSearcher searcher,
            LuceneQueryBuilder.Built built,
            SearchRequest request,
            List<String> unmatched,
            long started)
            throws IOException {
        // The two passes are independent: while fewer searches run than there are cores, counting runs on a
        // second thread as this one ranks, so a lone search uses an idle core. Under load it runs here: queued
        // behind other searches' counting, cheap searches would wait for expensive ones, for no gain.
        Callable<Counted> count = () -> count(searcher, built.matchesAll(), built.matching(), request);
        Future<Counted> counting = admission.inFlight() < CORES ? passes.submit(count) : completed(count);
        TopDocs top;
        Counted counted;
        try {
            // Totals come from the counting pass, so ranking need not count beyond the page: Lucene may skip
            // sections that cannot reach it (block-max) from the start.
            top = searcher.search(
                    FacetFilters.drillDown(built.ranking(), request),
                    new DeadlineCollectorManager<>(topDocs(request.page() * request.size(), request), deadline()));
        } finally {
            // Even when ranking failed: the searcher must outlive the counting pass that reads it.
            counted = join(counting);
        }
        int wanted = request.page() * request.size();
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            ranked.add(new Ranked(doc, false));
        }
        long partialTotal = 0;
        String counts = built.matchesAll()
                ? "everything"
                : built.concepts().size() > 1 && request.match() == MatchMode.ANY ? "any" : "all";
        if (built.hasPartial() && counted.total() < PARTIAL_BELOW) {
            Counted partial = count(searcher, false, built.partialMatching(), request);
            partialTotal = partial.total();
            if (counted.total() == 0 && partialTotal > 0) {
                // No section has every concept: the facets and total describe the nearest answers instead.
                counted = partial;
                counts = "partial";
            }
            if (partialTotal > 0 && top.scoreDocs.length < wanted) {
                TopDocs more = searcher.search(
                        FacetFilters.drillDown(built.partialRanking(idf(searcher, built)), request),
                        new DeadlineCollectorManager<>(topDocs(wanted - top.scoreDocs.length, request), deadline()));
                for (ScoreDoc doc : more.scoreDocs) {
                    ranked.add(new Ranked(doc, true));
                }
            }
        }
        List<Hit> hits = page(searcher, built, ranked, request);
        QueryEcho echo = new QueryEcho(
                request.q(),
                built.parsed(),
                FacetFilters.echo(request),
                built.translations(),
                request.match().apiValue(),
                Concept.labels(built.concepts()),
                counts,
                unmatched);
        return new SearchResponse(
                echo,
                counted.total(),
                partialTotal,
                request.page(),
                request.size(),
                (System.nanoTime() - started) / 1_000_000,
                hits,
                FacetLists.of(counted.facets(), request));
    }

    /** Inverse document frequency of each partial-match clause, from the number of sections that match it. */
    private static List<Double> idf(IndexSearcher searcher, LuceneQueryBuilder.Built built) throws IOException {
        int n = searcher.getIndexReader().numDocs();
        List<Double> out = new ArrayList<>();
        for (Query clause : built.partialClauses()) {
            out.add(Math.log(1 + (n + 1.0) / (searcher.count(clause) + 1.0)));
        }
        return out;
    }

    /** A ranked section and whether it misses a concept. */
    private record Ranked(ScoreDoc doc, boolean partial) {}

    private static Future<Counted> completed(Callable<Counted> count) throws IOException {
        try {
            return CompletableFuture.completedFuture(count.call());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static Counted join(Future<Counted> counting) throws IOException {
        try {
            return counting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException re -> throw re;
                case Error error -> throw error;
                default -> throw new IOException(e.getCause());
            }
        }
    }

    /** The exact number of matches and the multi-select facet counts of a search. */
    private record Counted(int total, Facets facets) {}

    private Counted count(IndexSearcher searcher, boolean everything, Query matching, SearchRequest request)
            throws IOException {
        if (everything && !request.hasFilters()) {
            // A browse of everything: the counts over the whole index were taken when this searcher opened.
            return new Counted(searcher.getIndexReader().numDocs(), allCounts(searcher));
        }
        DrillSideways sideways =
                new DrillSideways(searcher, Schema.facetsConfig(), index.facetState(searcher.getIndexReader()));
        // Counting needs no scores and no ranking extras, which never change which sections match.
        DrillDownQuery counting = FacetFilters.drillDown(new ConstantScoreQuery(matching), request);
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> result = sideways.search(
                counting,
                new DeadlineCollectorManager<>(new TotalHitCountCollectorManager(searcher.getSlices()), deadline()));
        return new Counted(result.collectorResult, result.facets);
    }

    /**
     * The figures that answer {@code request}'s question in the sections it matches under its filters, best
     * {@code size} first (its page and sort are not used): see {@link FigureFinder}.
     */
    public FiguresResponse figures(SearchRequest request, int size) throws IOException, InterruptedException {
        long started = System.nanoTime();
        UserQuery userQuery = figureQuery(request);
        return withSlot(() -> withSearcher(searcher -> figures(searcher, userQuery, request, size, started)));
    }

    /** {@link #figures(SearchRequest, int)} on {@code searcher} without a slot: for the warm-up. */
    FiguresResponse figuresOn(IndexSearcher searcher, SearchRequest request, int size) throws IOException {
        return figures(searcher, figureQuery(request), request, size, System.nanoTime());
    }

    private UserQuery figureQuery(SearchRequest request) {
        if (request.q().isBlank()) {
            throw SearchException.badRequest("q is required: figures answer a question, e.g. q=repayment rate");
        }
        UserQuery userQuery = parser.parse(request.q());
        limits.checkQueryTerms(userQuery);
        return userQuery;
    }

    private FiguresResponse figures(
            IndexSearcher searcher, UserQuery userQuery, SearchRequest request, int size, long started)
            throws IOException {
        LuceneQueryBuilder.Built built =
                builder.build(userQuery, request.match(), new IndexTermStats(searcher.getIndexReader()));
        if (built.concepts().size() > limits.maxTerms()) {
            throw SearchException.badRequest("the query has " + built.concepts().size() + " distinct words and"
                    + " terms; the limit is " + limits.maxTerms() + ": shorten it or quote a phrase");
        }
        if (built.matchesAll()) {
            throw SearchException.badRequest("q has nothing searchable: " + built.parsed());
        }
        return figures.find(searcher, built, q -> FacetFilters.drillDown(q, request), request, size, started);
    }

    /** A section in full; with a non-blank {@code q}, its title and text with the query's terms marked. */
    public SectionDetail section(String id, String q) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                throw SearchException.notFound("no section has id '" + id + "'");
            }
            int doc = top.scoreDocs[0].doc;
            StoredSection section = StoredSection.read(searcher, doc);
            if (q == null || q.isBlank()) {
                return section.toDetail(Html.escape(section.title()), null);
            }
            limits.checkQueryLength(q);
            Query query = builder.build(parser.parse(q), MatchMode.ANY, new IndexTermStats(searcher.getIndexReader()))
                    .anyConcept();
            String[] html = snippets.wholeTitleAndBody(searcher, query, doc);
            return section.toDetail(html[0], html[1]);
        });
    }

    /** Every facet value with its count over the whole index, labelled and ordered for readers of {@code lang}. */
    public FacetGroups facets(Language lang) throws IOException {
        SearchRequest all = new SearchRequest(
                "",
                List.of(),
                List.of(),
                List.of(),
                1,
                SearchRequest.DEFAULT_SIZE,
                SortOrder.RELEVANCE,
                lang,
                MatchMode.ALL);
        return withSearcher(searcher -> FacetLists.of(allCounts(searcher), all));
    }

    /** Counts of files, chapters, sections, sections per province and year, and when the index was built. */
    public IndexStats stats() throws IOException {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Map<String, String> commit = IndexHandle.commitData(reader);
            Facets all = allCounts(searcher);
            return new IndexStats(
                    intOf(commit.get(Schema.COMMIT_FILES)),
                    intOf(commit.get(Schema.COMMIT_CHAPTERS)),
                    reader.numDocs(),
                    new TreeMap<>(FacetLists.counts(all, Schema.PROVINCE)),
                    new TreeMap<>(FacetLists.counts(all, Schema.YEAR)),
                    commit.get(Schema.COMMIT_BUILT_AT),
                    commit.getOrDefault(Schema.COMMIT_SCHEMA_VERSION, "?"),
                    version);
        });
    }

    /** Liveness with the number of sections. */
    public Health health() throws IOException {
        return withSearcher(
                searcher -> new Health("ok", searcher.getIndexReader().numDocs()));
    }

    private Facets allCounts(IndexSearcher searcher) {
        return index.allCounts(searcher.getIndexReader());
    }

    private static int intOf(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The deadline of a search starting now. IndexSearcher#setTimeout cannot be used: its time-limiting bulk scorer
     * breaks DrillSideways (Lucene 10.5 rejects the windowed scoring with "maxDoc must be Integer.MAX_VALUE").
     */
    private DeadlineCollectorManager.Deadline deadline() {
        return new DeadlineCollectorManager.Deadline(
                System.nanoTime() + limits.searchTimeout().toNanos(),
                limits.searchTimeout().toMillis());
    }

    private static CollectorManager<?, ? extends TopDocs> topDocs(int n, SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> new TopScoreDocCollectorManager(n, n);
            case YEAR -> fields(n, new SortField(Schema.YEAR, SortField.Type.INT, true));
            case YEAR_ASC -> fields(n, new SortField(Schema.YEAR, SortField.Type.INT, false));
            case PROVINCE -> fields(n, new SortField(Schema.PROVINCE, SortField.Type.STRING, false));
        };
    }

    private static TopFieldCollectorManager fields(int n, SortField primary) {
        return new TopFieldCollectorManager(new Sort(primary, SortField.FIELD_SCORE), n, n);
    }

    private List<Hit> page(
            IndexSearcher searcher, LuceneQueryBuilder.Built built, List<Ranked> all, SearchRequest request)
            throws IOException {
        int from = Math.min(all.size(), (request.page() - 1) * request.size());
        int to = Math.min(all.size(), from + request.size());
        int[] docs = new int[to - from];
        StoredSection[] sections = new StoredSection[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = all.get(from + i).doc().doc;
            sections[i] = StoredSection.read(searcher, docs[i]);
        }
        // Every concept a hit contains is marked, also in partial matches.
        String[][] html = snippets.titlesAndSnippets(searcher, built.anyConcept(), docs, sections);
        String match = built.concepts().size() > 1 && request.match() == MatchMode.ANY ? "any" : "all";
        MissingConcepts missing = new MissingConcepts(searcher, built.concepts());
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Ranked r = all.get(from + i);
            float score = r.partial() ? LuceneQueryBuilder.textScore(score(r.doc())) : score(r.doc());
            Hit hit = sections[i].toHit(html[i][0], html[i][1], score, match);
            hits.add(r.partial() ? hit.partial(missing.of(docs[i])) : hit);
        }
        return hits;
    }

    private static float score(ScoreDoc doc) {
        if (doc instanceof FieldDoc fd
                && Float.isNaN(fd.score)
                && fd.fields.length > 1
                && fd.fields[1] instanceof Float f) {
            return f;
        }
        return Float.isNaN(doc.score) ? 0f : doc.score;
    }

    /** Work done with an acquired searcher. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return work.apply(searcher);
        } finally {
            index.release(searcher);
        }
    }

    private <T> T withSlot(Admission.SlotWork<T> work) throws IOException, InterruptedException {
        return admission.withSlot(work);
    }
}
