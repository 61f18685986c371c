package org.fupin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.fupin.index.Schema;

/**
 * Facet counts read out once, for sharing between threads: Lucene's counts look labels up through one doc-values
 * iterator and so may not be read by two requests at once. Answers {@link #getAllChildren} of the schema's
 * dimensions, which is all {@link FacetDisplay} asks.
 */
final class SharedFacetCounts extends Facets {

    private final Map<String, FacetResult> byDim;

    private SharedFacetCounts(Map<String, FacetResult> byDim) {
        this.byDim = byDim;
    }

    /** Every dimension of the schema read out of {@code counts}; a dimension the index lacks stays absent. */
    static SharedFacetCounts of(Facets counts) throws IOException {
        Map<String, FacetResult> byDim = new HashMap<>();
        for (Schema.Facet facet : Schema.Facet.values()) {
            try {
                FacetResult result = counts.getAllChildren(facet.dim());
                if (result != null) {
                    byDim.put(facet.dim(), result);
                }
            } catch (IllegalArgumentException e) {
                // never indexed (e.g. a corpus without years): asked again, it fails the same way below
            }
        }
        return new SharedFacetCounts(Map.copyOf(byDim));
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        if (path.length > 0) {
            throw new UnsupportedOperationException("facet paths are flat");
        }
        FacetResult result = byDim.get(dim);
        if (result == null) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
        }
        return result;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        throw new UnsupportedOperationException("only getAllChildren is kept");
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        throw new UnsupportedOperationException("only getAllChildren is kept");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        return new ArrayList<>(byDim.values());
    }
}
