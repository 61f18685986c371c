package org.fupin.search;

import java.util.List;

/**
 * One search result, with HTML-escaped title and snippet in which matched terms are wrapped in {@code <mark>}.
 *
 * @param id          section id
 * @param province    canonical English province name, or null when unknown
 * @param provinceZh  Chinese province name, or null
 * @param year        the year reported on, or null when unknown
 * @param programs    program ids
 * @param title       the section heading as plain text
 * @param titleHtml   the heading, escaped, matches marked
 * @param snippetHtml the best passages of the body (or its opening), escaped, matches marked
 * @param score       relevance score
 * @param lang        "en" or "zh"
 * @param source      where the section comes from
 * @param match       {@code all} when the section matches every concept of the query, {@code partial} when it misses
 *                    some (listed in {@code missing}), {@code any} in {@code match=any} mode
 * @param missing     the concepts a partial match lacks, as the user typed them; empty otherwise
 */
public record Hit(
        String id,
        String province,
        String provinceZh,
        Integer year,
        List<String> programs,
        String title,
        String titleHtml,
        String snippetHtml,
        float score,
        String lang,
        Source source,
        String match,
        List<String> missing) {

    public Hit {
        programs = List.copyOf(programs);
        missing = List.copyOf(missing);
    }

    /** This hit marked as a partial match lacking {@code concepts}. */
    Hit partial(List<String> concepts) {
        return new Hit(
                id,
                province,
                provinceZh,
                year,
                programs,
                title,
                titleHtml,
                snippetHtml,
                score,
                lang,
                source,
                "partial",
                concepts);
    }

    /**
     * Where a section comes from.
     *
     * @param file    the report file name
     * @param chapter the chapter title line
     * @param ordinal the section's position in its chapter, from 1
     */
    public record Source(String file, String chapter, int ordinal) {}
}
