package org.fupin.bench;

import java.util.List;
import java.util.Objects;
import org.fupin.vocab.Province;

/**
 * One seed section that the generator may copy, split as the real parser splits the seeds (which the golden test
 * pins), with the raw form of its heading.
 *
 * @param id            position in the pool
 * @param seedYear      the year of the seed chapter it came from (what its year mentions are relative to)
 * @param seedProvince  the province of the seed chapter, whose name the generator swaps for the target's
 * @param heading       the heading the parser finds, white space collapsed
 * @param headPart      the start of the seed's first paragraph up to the body, exactly as the yearbook seed wrote it
 *                      unbracketed (spaced, glued or with a wide gap), or null when the seed bracketed the heading
 * @param firstBody     the body text of the first paragraph (after the heading)
 * @param rest          the section's further paragraphs
 * @param mentionsYear  true when the first paragraph mentions a year, which then is its seed year presented as current
 */
record PoolSection(
        int id,
        int seedYear,
        Province seedProvince,
        String heading,
        String headPart,
        String firstBody,
        List<String> rest,
        boolean mentionsYear) {

    PoolSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(seedProvince, "seedProvince");
        Objects.requireNonNull(firstBody, "firstBody");
        rest = List.copyOf(rest);
    }

    /** True when the seed wrote this section with an unbracketed heading, so yearbook chapters can use it. */
    boolean hasSpacedForm() {
        return headPart != null;
    }

    /** The heading as a key that groups same-titled sections across provinces. */
    String headingKey() {
        return heading.toLowerCase(java.util.Locale.ROOT);
    }
}
