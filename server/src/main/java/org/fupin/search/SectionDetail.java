package org.fupin.search;

import java.util.List;

/**
 * One whole section.
 *
 * @param id         section id
 * @param province   canonical English province name, or null
 * @param provinceZh Chinese province name, or null
 * @param year       the year reported on, or null
 * @param programs   program ids
 * @param title      the heading
 * @param titleHtml  the heading, escaped, with the query's terms marked when a query was given
 * @param lang       "en" or "zh"
 * @param source     where the section comes from
 * @param office     the reporting office, possibly empty
 * @param text       the full body as plain text
 * @param textHtml   the full body, escaped, with the query's terms marked; null without a query
 * @param prev       the previous section of the chapter, or null
 * @param next       the next section of the chapter, or null
 * @param citation   yearbook, chapter, province, year and section heading, to paste into a paper
 */
public record SectionDetail(
        String id,
        String province,
        String provinceZh,
        Integer year,
        List<String> programs,
        String title,
        String titleHtml,
        String lang,
        Hit.Source source,
        String office,
        String text,
        String textHtml,
        String prev,
        String next,
        String citation) {

    public SectionDetail {
        programs = List.copyOf(programs);
    }
}
