package org.fupin.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.IndexReader;
import org.fupin.index.Schema;
import org.fupin.query.MatchMode;
import org.fupin.vocab.Language;

/**
 * What the index holds as a whole: every facet value with its count ({@code /api/facets}), the statistics
 * ({@code /api/stats}) and liveness ({@code /health}); all from counts taken when a searcher opens, no document read.
 */
public final class IndexOverview {

    private final IndexHandle index;
    private final String version;

    IndexOverview(IndexHandle index, String version) {
        this.index = index;
        this.version = version;
    }

    /** Every facet value with its count over the whole index, labelled and ordered for readers of {@code lang}. */
    public FacetCounts facets(Language lang) throws IOException {
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
        return index.withSearcher(searcher -> FacetDisplay.of(index.allCounts(searcher.getIndexReader()), all));
    }

    /** Counts of files, chapters, sections, sections per province and year, and when the index was built. */
    public IndexStats stats() throws IOException {
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Map<String, String> commit = IndexHandle.commitData(reader);
            Facets all = index.allCounts(reader);
            return new IndexStats(
                    intOf(commit.get(Schema.COMMIT_FILES)),
                    intOf(commit.get(Schema.COMMIT_CHAPTERS)),
                    reader.numDocs(),
                    new TreeMap<>(FacetDisplay.counts(all, Schema.PROVINCE)),
                    new TreeMap<>(FacetDisplay.counts(all, Schema.YEAR)),
                    commit.get(Schema.COMMIT_BUILT_AT),
                    commit.getOrDefault(Schema.COMMIT_SCHEMA_VERSION, "?"),
                    version);
        });
    }

    /** Liveness with the number of sections. */
    public Health health() throws IOException {
        return index.withSearcher(
                searcher -> new Health("ok", searcher.getIndexReader().numDocs()));
    }

    private static int intOf(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
