package org.fupin.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, computed without its per-passage {@code BytesRefHash}: that hash allocates a 32 KB block
 * for every candidate passage, which made passage scoring about a sixth of all memory a search allocated. A passage
 * has a handful of matches, so finding repeated terms by a linear scan is cheaper; the terms are summed in order of
 * first occurrence, as Lucene does, so scores are identical.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] unique = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int at = indexOf(unique, size, terms[i]);
            if (at < 0) {
                at = size++;
                unique[at] = terms[i];
                freqInDoc[at] = freqsInDoc[i];
            }
            freqInPassage[at]++;
        }
        float score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static int indexOf(BytesRef[] terms, int size, BytesRef term) {
        for (int i = 0; i < size; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
