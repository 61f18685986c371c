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
 */
public record Hit(String id, String province, String provinceZh, Integer year, List<String> programs, String title,
                  String titleHtml, String snippetHtml, float score, String lang, Source source) {

    public Hit {
        programs = List.copyOf(programs);
    }

    /**
     * Where a section comes from.
     *
     * @param file    the report file name
     * @param chapter the chapter title line
     * @param ordinal the section's position in its chapter, from 1
     */
    public record Source(String file, String chapter, int ordinal) {
    }
}
