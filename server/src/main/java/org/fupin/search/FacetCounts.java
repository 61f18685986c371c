package org.fupin.search;

import java.util.List;

/**
 * The facet counts of a response or of the whole index: the three facets' values with their counts, each list sorted
 * for display.
 *
 * @param province by count, then name
 * @param year     newest first
 * @param program  by count
 */
public record FacetCounts(List<FacetValue> province, List<FacetValue> year, List<FacetValue> program) {

    public FacetCounts {
        province = List.copyOf(province);
        year = List.copyOf(year);
        program = List.copyOf(program);
    }
}
