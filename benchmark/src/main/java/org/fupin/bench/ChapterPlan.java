package org.fupin.bench;

import java.util.List;
import java.util.Objects;
import org.fupin.vocab.Province;

/**
 * What the generator decided to write for one chapter, already rendered.
 *
 * @param province    the chapter's province
 * @param year        the report year its text presents as current
 * @param layout      how it marks its headings
 * @param sections    the sections in order; the first mentions the year
 * @param reporter    the name on the attribution line (yearbook chapters only)
 * @param attribution which attribution form to write: 0 on one line, 1 spread over two lines
 * @param compact     true to write the chapter without blank lines between its lines
 */
record ChapterPlan(
        Province province,
        int year,
        Layout layout,
        List<WrittenSection> sections,
        String reporter,
        int attribution,
        boolean compact) {

    ChapterPlan {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(reporter, "reporter");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a chapter needs at least one section");
        }
    }

    /**
     * One section as written.
     *
     * @param heading    the heading the parser should find (white space collapsed)
     * @param lines      the section's lines as written: a heading line first when the layout puts it alone, then
     *                   the paragraphs
     */
    record WrittenSection(String heading, List<String> lines) {
        WrittenSection {
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
        }
    }
}
