package org.fupin.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet state of an index without facet values: an index with no sections (an operator may allow a build that
 * found none). Lucene's default state refuses such a reader ("was not indexed with SortedSetDocValues"), which would
 * stop {@code serve} from opening the index; this one counts nothing, so every dimension reads as never indexed.
 */
final class EmptyFacetState extends SortedSetDocValuesReaderState {

    private final IndexReader reader;
    private final FacetsConfig config;

    EmptyFacetState(IndexReader reader, FacetsConfig config) {
        this.reader = reader;
        this.config = config;
    }

    @Override
    public SortedSetDocValues getDocValues() {
        return DocValues.emptySortedSet();
    }

    @Override
    public String getField() {
        return FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    }

    @Override
    public IndexReader getReader() {
        return reader;
    }

    @Override
    public int getSize() {
        return 0;
    }

    @Override
    public FacetsConfig getFacetsConfig() {
        return config;
    }

    @Override
    public OrdRange getOrdRange(String dim) {
        return null;
    }

    @Override
    public Map<String, OrdRange> getPrefixToOrdRange() {
        return Map.of();
    }

    @Override
    public DimTree getDimTree(String dim) {
        return null;
    }

    @Override
    public Iterable<String> getDims() {
        return List.of();
    }

    @Override
    public long ramBytesUsed() {
        return 0;
    }
}
