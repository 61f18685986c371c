package org.fupin.search;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the open index holds.
 *
 * @param files              report files indexed
 * @param chapters           chapters indexed
 * @param sections           sections in the index
 * @param sectionsByProvince sections per province
 * @param sectionsByYear     sections per year
 * @param builtAt            when the index was built (ISO-8601), or null when the commit does not say
 * @param schemaVersion      the index schema version
 * @param version            the server version
 */
public record IndexStats(
        int files,
        int chapters,
        int sections,
        SortedMap<String, Integer> sectionsByProvince,
        SortedMap<String, Integer> sectionsByYear,
        String builtAt,
        String schemaVersion,
        String version) {

    public IndexStats {
        sectionsByProvince = new TreeMap<>(sectionsByProvince);
        sectionsByYear = new TreeMap<>(sectionsByYear);
    }
}
