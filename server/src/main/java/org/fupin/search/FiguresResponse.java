package org.fupin.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures that answer a question, best first.
 *
 * @param q          the question as given
 * @param parsed     how it was understood (as {@code /api/search} reports it)
 * @param sections   how many matching sections were read for figures
 * @param total      how many figures match, before {@code size} cut the list
 * @param tookMs     time spent, milliseconds
 * @param figures    the best {@code size} figures
 * @param byProvince each province (English name, "unknown" without one) with its figures among {@code figures}, in
 *                   the order of the province's best figure
 */
public record FiguresResponse(
        String q,
        String parsed,
        int sections,
        int total,
        long tookMs,
        List<FigureRow> figures,
        Map<String, List<ProvinceFigure>> byProvince) {

    /** What a chart needs of one figure. */
    public record ProvinceFigure(
            Integer year, String measure, BigDecimal value, String unit, String qualifier, String sectionId) {}

    public FiguresResponse {
        figures = List.copyOf(figures);
    }

    /** Groups {@code figures} by province, keeping their order. */
    static Map<String, List<ProvinceFigure>> group(List<FigureRow> figures) {
        Map<String, List<ProvinceFigure>> out = new LinkedHashMap<>();
        for (FigureRow f : figures) {
            out.computeIfAbsent(f.province() == null ? "unknown" : f.province(), k -> new ArrayList<>())
                    .add(new ProvinceFigure(f.year(), f.measure(), f.value(), f.unit(), f.qualifier(), f.sectionId()));
        }
        return out;
    }
}
