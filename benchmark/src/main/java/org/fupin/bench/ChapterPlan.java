package org.fupin.bench;

import java.util.List;
import java.util.Objects;
import org.fupin.vocab.Province;

/**
 * What the generator decided to write for one chapter.
 *
 * @param province    the chapter's province
 * @param year        the report year its text presents as current
 * @param sections    the seed sections it copies, in order; the first mentions the year
 * @param reporter    the name on the attribution line (multi-chapter reports only)
 * @param attribution which attribution form to write: 0 on one line, 1 spread over two lines
 */
record ChapterPlan(Province province, int year, List<PoolSection> sections, String reporter, int attribution) {

    ChapterPlan {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(reporter, "reporter");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a chapter needs at least one section");
        }
    }
}
