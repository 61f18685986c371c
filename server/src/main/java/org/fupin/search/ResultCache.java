package org.fupin.search;

import java.util.LinkedHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Whole answers to recent searches, so that a repeated request (the same query, filters, page, order, language and
 * mode) is answered without searching again. An answer belongs to the index generation it was computed on: the key
 * holds the generation, and the first answer stored for a newer generation (after a rebuild) drops every older one.
 * Bounded by an estimate of the answers' size, least recently used first out. Switched off with
 * {@code -Dfupin.resultCache=false}, for benchmarks that replay a fixed mix and must measure the search itself.
 */
final class ResultCache {

    /** Whether searches use a result cache at all; see the class comment. */
    static final boolean ENABLED = !"false".equals(System.getProperty("fupin.resultCache"));
    /** Heap the cached answers may take, estimated; a thousand default pages of ten hits fit. */
    static final long MAX_BYTES = 16L << 20;
    /** Facets, echo and object overhead of one answer, beside its hits' text. */
    private static final int ANSWER_OVERHEAD_BYTES = 8 * 1024;

    private static final int HIT_OVERHEAD_BYTES = 512;

    /**
     * A request on one index generation.
     *
     * @param generation the reader's identity: an answer is only ever returned for the very reader it came from
     * @param version    the commit's version, which grows with every commit; it only orders generations
     * @param request    the request as validated (filters de-duplicated, defaults filled in)
     */
    record Key(IndexReader.CacheKey generation, long version, SearchRequest request) {}

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> answers = new LinkedHashMap<>(64, 0.75f, true);
    private IndexReader.CacheKey generation;
    private long version = Long.MIN_VALUE;
    private long bytes;

    private record Entry(SearchResponse response, long bytes) {}

    /** A cache of at most {@code maxBytes} of answers (estimated). */
    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The key of {@code request} on the index generation {@code searcher} shows. */
    static Key key(IndexSearcher searcher, SearchRequest request) {
        IndexReader reader = searcher.getIndexReader();
        long version = reader instanceof DirectoryReader dr ? dr.getVersion() : Long.MIN_VALUE;
        return new Key(reader.getReaderCacheHelper().getKey(), version, request);
    }

    /** The stored answer, or null. */
    synchronized SearchResponse get(Key key) {
        Entry entry = answers.get(key);
        return entry == null ? null : entry.response();
    }

    /** Stores an answer, dropping the answers of older generations and then the least recently used over the bound. */
    synchronized void put(Key key, SearchResponse response) {
        if (!key.generation().equals(generation)) {
            if (key.version() < version) {
                // A search that started before a rebuild and ended after: nobody will ask that generation again.
                return;
            }
            answers.clear();
            bytes = 0;
            generation = key.generation();
            version = key.version();
        }
        long size = estimate(response);
        if (size > maxBytes) {
            return;
        }
        Entry old = answers.put(key, new Entry(response, size));
        bytes += size - (old == null ? 0 : old.bytes());
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    /** Answers held now (for tests). */
    synchronized int size() {
        return answers.size();
    }

    /** Two bytes per character of the hits' text, plus fixed overheads; facets and echo are small and bounded. */
    static long estimate(SearchResponse response) {
        long chars = 0;
        for (Hit hit : response.hits()) {
            chars += length(hit.title())
                    + length(hit.titleHtml())
                    + length(hit.snippetHtml())
                    + length(hit.source().chapter())
                    + length(hit.source().file());
        }
        return ANSWER_OVERHEAD_BYTES
                + (long) response.hits().size() * HIT_OVERHEAD_BYTES
                + 2 * chars
                + 2L * response.query().q().length();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    @Override
    public synchronized String toString() {
        return "ResultCache[" + answers.size() + " answers, ~" + bytes / 1024 + " KiB of " + maxBytes / 1024 + "]";
    }
}
