package org.fupin.search;

import java.util.List;

/**
 * The values of the three facets, each list sorted for display.
 *
 * @param province by count, then name
 * @param year     newest first
 * @param program  by count
 */
public record FacetGroups(List<FacetValue> province, List<FacetValue> year, List<FacetValue> program) {

    public FacetGroups {
        province = List.copyOf(province);
        year = List.copyOf(year);
        program = List.copyOf(program);
    }
}
