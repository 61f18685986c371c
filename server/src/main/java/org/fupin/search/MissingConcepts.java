package org.fupin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.fupin.query.Concept;

/** Tells which concepts a section lacks, for the "Missing: rate" line of a partial match. */
final class MissingConcepts {

    private final IndexSearcher searcher;
    private final List<Concept> concepts;
    private final List<Weight> weights = new ArrayList<>();

    MissingConcepts(IndexSearcher searcher, List<Concept> concepts) throws IOException {
        this.searcher = searcher;
        this.concepts = concepts;
        for (Concept concept : concepts) {
            weights.add(searcher.createWeight(searcher.rewrite(concept.query()), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
    }

    /** The labels of the concepts the section {@code doc} does not match, in query order. */
    List<String> of(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            Scorer scorer = weights.get(i).scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            if (it == null || it.advance(local) != local) {
                missing.add(concepts.get(i).label());
            }
        }
        return missing;
    }
}
