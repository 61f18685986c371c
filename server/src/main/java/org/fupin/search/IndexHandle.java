package org.fupin.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fupin.index.Schema;

/**
 * The one open index shared by all requests: a {@link SearcherManager} plus the facet reader state of each searcher
 * generation. Building that state is expensive, so it is built once when a searcher is opened and dropped when its
 * reader closes. After a rebuild into the same folder, {@link #refresh()} switches new requests to the new commit;
 * requests already running keep the view they acquired.
 */
public final class IndexHandle implements Closeable {

    /**
     * Lucene's filter cache (on by default) remembers the matches of clauses that recur without scores. A benchmark
     * that replays a fixed mix of searches profits from it more than real traffic would, so it can be switched off
     * with {@code -Dfupin.queryCache=false} to measure the search itself.
     */
    static final boolean QUERY_CACHE = !"false".equals(System.getProperty("fupin.queryCache"));

    private final Path path;
    private final Directory directory;
    private final SearcherManager manager;
    private final Map<IndexReader.CacheKey, ReaderFacets> facetStates = new ConcurrentHashMap<>();
    /** Runs on every searcher opened from now on, before requests can acquire it; none until one is given. */
    private volatile Warmer warmer = searcher -> {};

    /** Work done on a newly opened searcher before it is published, so that its first request is not a cold one. */
    @FunctionalInterface
    public interface Warmer {
        /** Warms {@code searcher}; must not throw, since a failed warm-up must not keep a new commit from being served. */
        void warm(IndexSearcher searcher);
    }

    /**
     * What faceting needs of one reader: the ordinal state, and the counts over every section, which answer a browse
     * without words or filters (a common request) and the facets and stats endpoints without visiting any document.
     */
    private record ReaderFacets(SortedSetDocValuesReaderState state, Facets all) {}

    private IndexHandle(Path path) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        try {
            this.manager = new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                    cacheFacetState(reader);
                    IndexSearcher searcher = new IndexSearcher(reader);
                    if (!QUERY_CACHE) {
                        searcher.setQueryCache(null);
                    }
                    warmer.warm(searcher);
                    return searcher;
                }
            });
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the committed index in {@code path} after verifying the checksum of every index file (one sequential
     * read of the index), so a damaged index fails here with a clear message rather than later, mid-request.
     *
     * @throws UnreadableIndexException when the index is missing files, truncated or garbled
     */
    public static IndexHandle open(Path path) throws IOException {
        IndexHandle handle;
        try {
            handle = new IndexHandle(path);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableIndexException(path, e);
        }
        try {
            handle.checkIntegrity();
            return handle;
        } catch (IOException | RuntimeException e) {
            handle.close();
            throw new UnreadableIndexException(path, e);
        }
    }

    private void checkIntegrity() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            manager.release(searcher);
        }
    }

    private void cacheFacetState(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        // An index without sections has no facet field at all, which Lucene's state refuses.
        SortedSetDocValuesReaderState state = !hasFacetField(reader)
                ? new EmptyFacetState(reader, Schema.facetsConfig())
                : new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
        facetStates.put(
                helper.getKey(),
                new ReaderFacets(state, SharedFacetCounts.of(new SortedSetDocValuesFacetCounts(state))));
        helper.addClosedListener(facetStates::remove);
    }

    /** True when some segment has the facet field (a look at field infos, not at the values). */
    private static boolean hasFacetField(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code warmer} on every searcher this handle opens from now on (a rebuild's new commit), in the thread that
     * refreshes, while requests still use the previous searcher. The searcher open now is not warmed by this.
     */
    public void warmNewSearchersWith(Warmer warmer) {
        this.warmer = warmer;
    }

    /** The folder the index lives in. */
    public Path path() {
        return path;
    }

    /** A searcher on the current commit; give it back with {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return manager.acquire();
    }

    /** Returns a searcher from {@link #acquire}. */
    public void release(IndexSearcher searcher) throws IOException {
        manager.release(searcher);
    }

    /** Work done with a searcher on the current commit. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on a searcher of the current commit and gives the searcher back, also when it fails. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return work.apply(searcher);
        } finally {
            release(searcher);
        }
    }

    /** The facet state of the reader behind an acquired searcher. */
    public SortedSetDocValuesReaderState facetState(IndexReader reader) {
        return readerFacets(reader).state();
    }

    /** Facet counts over every section of the reader behind an acquired searcher, counted once when it opened. */
    public Facets allCounts(IndexReader reader) {
        return readerFacets(reader).all();
    }

    private ReaderFacets readerFacets(IndexReader reader) {
        ReaderFacets facets = facetStates.get(reader.getReaderCacheHelper().getKey());
        if (facets == null) {
            throw new IllegalStateException("no facet state for a reader this handle did not open");
        }
        return facets;
    }

    /** The user data of the commit an acquired reader shows (build time, file and chapter counts). */
    public static Map<String, String> commitData(IndexReader reader) throws IOException {
        return reader instanceof DirectoryReader dr ? dr.getIndexCommit().getUserData() : Map.of();
    }

    /** Opens the newest commit for new requests, waiting for a refresh in progress; true when it changed. */
    public boolean refresh() throws IOException {
        IndexSearcher before = manager.acquire();
        try {
            manager.maybeRefreshBlocking();
            IndexSearcher after = manager.acquire();
            try {
                return after != before;
            } finally {
                manager.release(after);
            }
        } finally {
            manager.release(before);
        }
    }

    /**
     * Switches to a newer commit if another process (the {@code index} command) published one; cheap when nothing
     * changed (one directory listing). Never waits for a refresh already in progress.
     */
    public void maybeRefresh() throws IOException {
        manager.maybeRefresh();
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
