package org.fupin.search;

import java.math.BigDecimal;

/**
 * One figure that answers a question, with where it comes from.
 *
 * @param province     canonical English province name, or null when unknown
 * @param provinceZh   Chinese province name, or null
 * @param year         the year the section reports on, or null
 * @param measure      what the figure quantifies, as the sentence words it
 * @param value        the number, normalised ("64.4078 million" is 64407800)
 * @param unit         the unit's label ({@code percent}, {@code yuan}, …)
 * @param qualifier    {@code nearly}, {@code more than}, {@code up}, … or empty
 * @param text         the figure as written
 * @param sentence     the sentence it comes from, plain text
 * @param sentenceHtml the sentence escaped, the query's terms in {@code <mark>}
 * @param sectionId    the section, for {@code /api/sections/{id}}
 * @param sectionTitle the section heading
 * @param citation     yearbook chapter, province, year and section heading, to paste into a paper
 * @param score        how well the measure and sentence match the question (measure counts double)
 */
public record FigureRow(
        String province,
        String provinceZh,
        Integer year,
        String measure,
        BigDecimal value,
        String unit,
        String qualifier,
        String text,
        String sentence,
        String sentenceHtml,
        String sectionId,
        String sectionTitle,
        String citation,
        double score) {}
