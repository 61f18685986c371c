package org.fupin.index;

import org.fupin.corpus.CorpusException;

/**
 * A build that would replace an index with one holding no sections, or fewer than half of its sections: usually a
 * wrong or emptied input folder, so the index is left as it was unless the operator allows the shrink explicitly.
 */
public final class ShrinkRefusedException extends CorpusException {

    private final int previous;
    private final int built;

    /** The index held {@code previous} sections; the input yielded {@code built}. */
    public ShrinkRefusedException(int previous, int built) {
        super("the input yields " + built + " sections and the index holds " + previous + "; a build with no sections,"
                + " or fewer than half of the index's, does not replace it unless the shrink is allowed explicitly."
                + " The index was not changed");
        this.previous = previous;
        this.built = built;
    }

    /** Sections in the index that was kept. */
    public int previous() {
        return previous;
    }

    /** Sections the refused build found. */
    public int built() {
        return built;
    }
}
