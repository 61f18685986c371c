package org.fupin.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.fupin.index.Schema;
import org.fupin.query.Concept;
import org.fupin.query.LuceneQueryBuilder;
import org.fupin.query.MatchMode;

/**
 * One search on one searcher: the matching sections ranked, counted and faceted, the page of hits highlighted, and
 * the partial matches after few full ones.
 *
 * <p>Counting and ranking are two passes over the matches. The counting pass needs no scores, so a section's
 * disjunction of phrases stops at the first phrase found; the ranking pass scores (every phrase of a matching concept)
 * but may skip sections that cannot reach the page. One pass that scores and counts every match was measured to cost
 * as much CPU as both (docs/BENCHMARKS.md), so the two stay apart, and a search alone on the server counts on a
 * second thread while this one ranks.
 */
final class Search {

    /**
     * Below this many sections with every concept, the sections that miss one concept follow them, marked as partial:
     * a page that would otherwise be short or empty shows the nearest answers and says what they lack.
     */
    static final int PARTIAL_BELOW = SearchRequest.DEFAULT_SIZE;

    private final IndexHandle index;
    private final IndexSearcher searcher;
    private final SearchRequest request;
    private final SearchLimits limits;
    private final Snippets snippets;
    private final long started;
    /** Runs the counting pass beside the ranking pass; null to run it before, on the search's thread. */
    private final ExecutorService counter;

    /**
     * A search of {@code request} on {@code searcher}, timed from {@code started}; {@code counter} runs the counting
     * pass on a second thread, or is null to run both passes on this one.
     */
    Search(
            IndexHandle index,
            IndexSearcher searcher,
            SearchRequest request,
            SearchLimits limits,
            Snippets snippets,
            long started,
            ExecutorService counter) {
        this.index = index;
        this.counter = counter;
        this.searcher = searcher;
        this.request = request;
        this.limits = limits;
        this.snippets = snippets;
        this.started = started;
    }

    /**
     * Runs {@code built}; when no section has every concept and some concept is in no section at all (a misspelling,
     * an untranslatable word), runs it again without those concepts and says so.
     */
    SearchResponse run(LuceneQueryBuilder.Built built) throws IOException {
        SearchResponse response = execute(built, List.of());
        boolean noneHasAll = response.total() == 0 || response.query().counts().equals("partial");
        if (noneHasAll && request.match() == MatchMode.ALL && built.concepts().size() > 1) {
            List<Concept> unmatched = new ArrayList<>();
            for (Concept concept : built.concepts()) {
                if (searcher.count(concept.query()) == 0) {
                    unmatched.add(concept);
                }
            }
            if (!unmatched.isEmpty() && unmatched.size() < built.concepts().size()) {
                response = execute(built.without(unmatched), Concept.labels(unmatched));
            }
        }
        return response;
    }

    /** Runs one built query: the ranked, counted and faceted matches, then the partial matches after few full ones. */
    private SearchResponse execute(LuceneQueryBuilder.Built built, List<String> unmatched) throws IOException {
        int wanted = request.page() * request.size();
        Pass full;
        if (built.matchesAll() && built.excluded() == null && !request.hasFilters()) {
            full = everything(built.ranking(), wanted);
        } else {
            full = twoPasses(built, wanted);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc doc : full.top().scoreDocs) {
            ranked.add(new Ranked(doc, false));
        }
        Tally tally = full.tally();
        long partialTotal = 0;
        String counts = built.matchesAll()
                ? "everything"
                : built.concepts().size() > 1 && request.match() == MatchMode.ANY ? "any" : "all";
        if (built.hasPartial() && full.tally().total() < PARTIAL_BELOW) {
            Pass partial = pass(built.partialRanking(idf(built)), Math.max(1, wanted - ranked.size()));
            partialTotal = partial.tally().total();
            if (tally.total() == 0 && partialTotal > 0) {
                // No section has every concept: the facets and total describe the nearest answers instead.
                tally = partial.tally();
                counts = "partial";
            }
            for (ScoreDoc doc : partial.top().scoreDocs) {
                if (ranked.size() < wanted) {
                    ranked.add(new Ranked(doc, true));
                }
            }
        }
        List<Hit> hits = page(built, ranked);
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
                tally.total(),
                partialTotal,
                request.page(),
                request.size(),
                (System.nanoTime() - started) / 1_000_000,
                hits,
                FacetDisplay.of(tally.facets(), request));
    }

    /** How many sections a query matches under the request's filters, and their facet counts. */
    private record Tally(int total, Facets facets) {}

    /** The top {@code n} of a query's matches under the request's filters, with the tally of all of them. */
    private record Pass(TopDocs top, Tally tally) {}

    /**
     * One walk over the matches of {@code ranking} (drill-down by the filters, drill-sideways for the multi-select
     * facet counts) collecting the top {@code n} and counting every match: for the partial matches, whose count,
     * facets and top are needed together and which are few.
     */
    private Pass pass(Query ranking, int n) throws IOException {
        DrillSideways sideways =
                new DrillSideways(searcher, Schema.facetsConfig(), index.facetState(searcher.getIndexReader()));
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result = sideways.search(
                FacetFilters.drillDown(ranking, request),
                new DeadlineCollectorManager<>(topDocs(n, Integer.MAX_VALUE), deadline()));
        TopDocs top = result.collectorResult;
        return new Pass(top, new Tally(Math.toIntExact(top.totalHits.value()), result.facets));
    }

    /**
     * Counts and facets every match ({@link #counter} on another thread, or first on this one) and ranks the top
     * {@code n} on this thread.
     */
    private Pass twoPasses(LuceneQueryBuilder.Built built, int n) throws IOException {
        Future<Tally> counting = counter != null
                ? counter.submit(() -> count(built.matching()))
                : CompletableFuture.completedFuture(count(built.matching()));
        TopDocs top;
        Tally counted;
        try {
            // Totals come from the counting pass, so ranking need not count beyond the page: Lucene may skip
            // sections that cannot reach it (block-max) from the start.
            top = searcher.search(
                    FacetFilters.drillDown(built.ranking(), request),
                    new DeadlineCollectorManager<>(topDocs(n, n), deadline()));
        } finally {
            // Even when ranking failed: the searcher must outlive the counting pass that reads it.
            counted = join(counting);
        }
        return new Pass(top, counted);
    }

    /** The exact number of matches and their multi-select facet counts, without scores or ranking extras. */
    private Tally count(Query matching) throws IOException {
        DrillSideways sideways =
                new DrillSideways(searcher, Schema.facetsConfig(), index.facetState(searcher.getIndexReader()));
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> result = sideways.search(
                FacetFilters.drillDown(new ConstantScoreQuery(matching), request),
                new DeadlineCollectorManager<>(new TotalHitCountCollectorManager(searcher.getSlices()), deadline()));
        return new Tally(result.collectorResult, result.facets);
    }

    private static Tally join(Future<Tally> counting) throws IOException {
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

    /**
     * A browse of every section: the counts over the whole index were taken when this searcher opened, so only the
     * page is collected.
     */
    private Pass everything(Query ranking, int n) throws IOException {
        TopDocs top = searcher.search(ranking, new DeadlineCollectorManager<>(topDocs(n, n), deadline()));
        return new Pass(
                top, new Tally(searcher.getIndexReader().numDocs(), index.allCounts(searcher.getIndexReader())));
    }

    /** Inverse document frequency of each partial-match clause, from the number of sections that match it. */
    private List<Double> idf(LuceneQueryBuilder.Built built) throws IOException {
        int n = searcher.getIndexReader().numDocs();
        List<Double> out = new ArrayList<>();
        for (Query clause : built.partialClauses()) {
            out.add(Math.log(1 + (n + 1.0) / (searcher.count(clause) + 1.0)));
        }
        return out;
    }

    /** A ranked section and whether it misses a concept. */
    private record Ranked(ScoreDoc doc, boolean partial) {}

    private List<Hit> page(LuceneQueryBuilder.Built built, List<Ranked> all) throws IOException {
        int from = Math.min(all.size(), (request.page() - 1) * request.size());
        int to = Math.min(all.size(), from + request.size());
        int[] docs = new int[to - from];
        StoredSection[] sections = new StoredSection[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = all.get(from + i).doc().doc;
            sections[i] = StoredSection.read(searcher, docs[i]);
        }
        // Every concept a hit contains is marked, also in partial matches.
        Snippets.Marked[] html = snippets.titlesAndSnippets(searcher, built.anyConcept(), docs, sections);
        String match = built.concepts().size() > 1 && request.match() == MatchMode.ANY ? "any" : "all";
        MissingConcepts missing = new MissingConcepts(searcher, built.concepts());
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Ranked r = all.get(from + i);
            float score = r.partial() ? LuceneQueryBuilder.textScore(score(r.doc())) : score(r.doc());
            Hit hit = sections[i].toHit(html[i].titleHtml(), html[i].textHtml(), score, match);
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

    /**
     * The deadline of a pass starting now. IndexSearcher#setTimeout cannot be used: its time-limiting bulk scorer breaks
     * DrillSideways (Lucene 10.5 rejects the windowed scoring with "maxDoc must be Integer.MAX_VALUE").
     */
    private DeadlineCollectorManager.Deadline deadline() {
        return new DeadlineCollectorManager.Deadline(
                System.nanoTime() + limits.searchTimeout().toNanos(),
                limits.searchTimeout().toMillis());
    }

    /** The top {@code n} in the request's order, counting exactly up to {@code countUpTo} matches. */
    private CollectorManager<?, ? extends TopDocs> topDocs(int n, int countUpTo) {
        return switch (request.sort()) {
            case RELEVANCE -> new TopScoreDocCollectorManager(n, countUpTo);
            case YEAR -> fields(n, countUpTo, new SortField(Schema.YEAR, SortField.Type.INT, true));
            case YEAR_ASC -> fields(n, countUpTo, new SortField(Schema.YEAR, SortField.Type.INT, false));
            case PROVINCE -> fields(n, countUpTo, new SortField(Schema.PROVINCE, SortField.Type.STRING, false));
        };
    }

    private static TopFieldCollectorManager fields(int n, int countUpTo, SortField primary) {
        return new TopFieldCollectorManager(new Sort(primary, SortField.FIELD_SCORE), n, countUpTo);
    }
}
