package org.fupin.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.fupin.query.MatchMode;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/**
 * One validated search: the user's query text, facet filters (values OR within a facet, facets AND), and the page.
 *
 * @param q         the raw query text, possibly empty (all sections)
 * @param provinces selected provinces
 * @param years     selected years or year ranges
 * @param programs  selected programs
 * @param page      1-based page number
 * @param size      hits per page
 * @param sort      result order
 * @param lang      the reader's language: facet labels ({@code label}) and tie order of facet values follow it
 * @param match     whether a section must match every concept of {@code q} (the default) or any
 */
public record SearchRequest(
        String q,
        List<Province> provinces,
        List<YearRange> years,
        List<Program> programs,
        int page,
        int size,
        SortOrder sort,
        Language lang,
        MatchMode match) {

    /** Default page size. */
    public static final int DEFAULT_SIZE = 10;

    public SearchRequest {
        q = Objects.requireNonNullElse(q, "");
        provinces = List.copyOf(new LinkedHashSet<>(provinces));
        years = List.copyOf(new LinkedHashSet<>(years));
        programs = List.copyOf(new LinkedHashSet<>(programs));
        Objects.requireNonNull(sort, "sort");
        lang = Objects.requireNonNullElse(lang, Language.EN);
        match = Objects.requireNonNullElse(match, MatchMode.ALL);
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1");
        }
    }

    /** True when any facet value is selected. */
    public boolean hasFilters() {
        return !provinces.isEmpty() || !years.isEmpty() || !programs.isEmpty();
    }
}
