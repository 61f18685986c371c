package org.fupin.bench;

import java.util.List;
import java.util.Objects;

/**
 * One seed section that the generator may copy: its paragraphs in the forms it can be written in.
 *
 * @param id            position in the pool
 * @param seedYear      the year of the seed chapter it came from (what its year mentions are relative to)
 * @param heading       the heading the parser finds
 * @param spaced        the paragraphs exactly as the seed wrote them, unbracketed (spaced or glued heading), or
 *                      null when the seed bracketed the heading
 * @param bracketed     the paragraphs with the heading in 【】, as single-chapter reports write them
 * @param mentionsYear  true when the section mentions a year, which then is its seed year presented as current
 */
record PoolSection(int id, int seedYear, String heading, List<String> spaced, List<String> bracketed,
                   boolean mentionsYear) {

    PoolSection {
        Objects.requireNonNull(heading, "heading");
        spaced = spaced == null ? null : List.copyOf(spaced);
        bracketed = List.copyOf(bracketed);
    }

    /** True when the seed wrote this section with an unbracketed heading, so multi-chapter reports can use it. */
    boolean hasSpacedForm() {
        return spaced != null;
    }
}
