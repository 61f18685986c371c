package org.fupin.search;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.fupin.index.Schema;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/** Turns Lucene facet counts into labelled, sorted {@link FacetValue} lists, keeping selected values at zero. */
final class FacetDisplay {

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingInt(FacetValue::count).reversed();

    private FacetDisplay() {}

    /** The three facets from {@code facets}, marking what {@code request} selected. */
    static FacetCounts of(Facets facets, SearchRequest request) throws IOException {
        Set<String> provinces = new TreeSet<>(
                request.provinces().stream().map(Province::english).toList());
        Set<String> programs =
                new TreeSet<>(request.programs().stream().map(Program::id).toList());
        Set<String> explicitYears = new TreeSet<>();
        Set<String> rangeYears = new TreeSet<>();
        for (YearRange range : request.years()) {
            (range.from() == range.to() ? explicitYears : rangeYears)
                    .addAll(range.years().mapToObj(Integer::toString).toList());
        }
        Map<String, Integer> provinceCounts = counts(facets, Schema.PROVINCE);
        Map<String, Integer> yearCounts = counts(facets, Schema.YEAR);
        Map<String, Integer> programCounts = counts(facets, Schema.PROGRAM);

        Language lang = request.lang();
        List<FacetValue> province = new ArrayList<>();
        merge(provinceCounts, provinces)
                .forEach((value, count) -> province.add(provinceValue(value, count, provinces.contains(value), lang)));
        province.sort(BY_COUNT.thenComparing(tieOrder(lang)));

        List<FacetValue> year = new ArrayList<>();
        merge(yearCounts, explicitYears)
                .forEach((value, count) -> year.add(FacetValue.of(
                        value, null, null, count, explicitYears.contains(value) || rangeYears.contains(value), lang)));
        year.sort(Comparator.comparing(FacetValue::value).reversed());

        List<FacetValue> program = new ArrayList<>();
        merge(programCounts, programs)
                .forEach((value, count) -> program.add(programValue(value, count, programs.contains(value), lang)));
        program.sort(BY_COUNT.thenComparing(tieOrder(lang)));
        return new FacetCounts(province, year, program);
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

    /**
     * Equal counts: English readers get values A–Z (as before); Chinese readers get them in the order of their Chinese
     * labels under the Chinese collator, so the list reads in Chinese order rather than in the order of the English
     * (pinyin) spelling.
     */
    static Comparator<FacetValue> tieOrder(Language lang) {
        if (lang != Language.ZH) {
            return Comparator.comparing(FacetValue::value);
        }
        Collator chinese = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return Comparator.comparing((FacetValue v) -> v.label() == null ? v.value() : v.label(), chinese)
                .thenComparing(FacetValue::value);
    }

    static FacetValue provinceValue(String value, int count, boolean selected, Language lang) {
        String zh = Province.byName(value).map(Province::chinese).orElse(null);
        return FacetValue.of(value, value, zh, count, selected, lang);
    }

    static FacetValue programValue(String value, int count, boolean selected, Language lang) {
        return Program.byId(value)
                .map(p -> FacetValue.of(value, p.english(), p.chinese(), count, selected, lang))
                .orElseGet(() -> FacetValue.of(value, value, null, count, selected, lang));
    }
}
