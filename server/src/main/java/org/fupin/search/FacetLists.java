package org.fupin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.fupin.index.Schema;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/** Turns Lucene facet counts into labelled, sorted {@link FacetValue} lists, keeping selected values at zero. */
final class FacetLists {

    private static final Comparator<FacetValue> BY_COUNT = Comparator.comparingInt(FacetValue::count).reversed();

    private FacetLists() {
    }

    /** The three facets from {@code facets}, marking what {@code request} selected. */
    static FacetGroups of(Facets facets, SearchRequest request) throws IOException {
        Set<String> provinces = new TreeSet<>(request.provinces().stream().map(Province::english).toList());
        Set<String> programs = new TreeSet<>(request.programs().stream().map(Program::id).toList());
        Set<String> explicitYears = new TreeSet<>();
        Set<String> rangeYears = new TreeSet<>();
        for (YearRange range : request.years()) {
            (range.from() == range.to() ? explicitYears : rangeYears)
                    .addAll(range.years().mapToObj(Integer::toString).toList());
        }
        Map<String, Integer> provinceCounts = counts(facets, Schema.PROVINCE);
        Map<String, Integer> yearCounts = counts(facets, Schema.YEAR);
        Map<String, Integer> programCounts = counts(facets, Schema.PROGRAM);

        List<FacetValue> province = new ArrayList<>();
        merge(provinceCounts, provinces).forEach((value, count) -> province.add(provinceValue(value, count,
                provinces.contains(value))));
        province.sort(BY_COUNT.thenComparing(FacetValue::value));

        List<FacetValue> year = new ArrayList<>();
        merge(yearCounts, explicitYears).forEach((value, count) -> year.add(new FacetValue(value, null, null, count,
                explicitYears.contains(value) || rangeYears.contains(value))));
        year.sort(Comparator.comparing(FacetValue::value).reversed());

        List<FacetValue> program = new ArrayList<>();
        merge(programCounts, programs).forEach((value, count) -> program.add(programValue(value, count,
                programs.contains(value))));
        program.sort(BY_COUNT.thenComparing(FacetValue::value));
        return new FacetGroups(province, year, program);
    }

    /** Counts per value of one dimension; empty when no section has it. */
    static Map<String, Integer> counts(Facets facets, String dim) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            return out; // the dimension was never indexed (e.g. a corpus without years)
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                if (lv.value.intValue() > 0) {
                    out.put(lv.label, lv.value.intValue());
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> merge(Map<String, Integer> counts, Set<String> selected) {
        Map<String, Integer> out = new LinkedHashMap<>(counts);
        selected.forEach(v -> out.putIfAbsent(v, 0));
        return out;
    }

    static FacetValue provinceValue(String value, int count, boolean selected) {
        String zh = Province.byName(value).map(Province::chinese).orElse(null);
        return new FacetValue(value, value, zh, count, selected);
    }

    static FacetValue programValue(String value, int count, boolean selected) {
        return Program.byId(value)
                .map(p -> new FacetValue(value, p.english(), p.chinese(), count, selected))
                .orElseGet(() -> new FacetValue(value, value, null, count, selected));
    }
}
