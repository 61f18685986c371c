package org.fupin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /** The query parameters {@code /api/search} understands. */
    public static final List<String> PARAMETERS =
            List.of("q", "province", "year", "program", "page", "size", "sort", "lang", "match");
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

    /**
     * Validates raw query parameters; the reader's language comes from {@code lang}, else from the
     * {@code Accept-Language} header (may be null).
     */
    public static SearchRequest fromParameters(
            Map<String, List<String>> params, SearchLimits limits, String acceptLanguage) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        PARAMETERS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw SearchException.badRequest("unknown parameter(s) " + String.join(", ", unknown) + "; allowed: "
                    + String.join(", ", PARAMETERS));
        }
        String q = single(params, "q", "");
        if (q.length() > limits.maxQueryChars()) {
            throw SearchException.badRequest(
                    "q is " + q.length() + " characters long; the limit is " + limits.maxQueryChars() + " characters");
        }
        int page = integer(params, "page", 1, 1, Integer.MAX_VALUE, "page must be a whole number from 1");
        int size = integer(
                params,
                "size",
                DEFAULT_SIZE,
                1,
                limits.maxPageSize(),
                "size must be a whole number from 1 to " + limits.maxPageSize());
        if ((long) page * size > limits.maxResultWindow()) {
            throw SearchException.badRequest("page " + page + " with size " + size + " reaches beyond result "
                    + limits.maxResultWindow() + "; only the first " + limits.maxResultWindow()
                    + " results can be paged through (page * size <= " + limits.maxResultWindow() + ")");
        }
        String sortValue = single(params, "sort", "relevance");
        SortOrder sort = SortOrder.byApiValue(sortValue)
                .orElseThrow(() -> SearchException.badRequest(
                        "sort '" + sortValue + "' is not allowed; allowed: " + SortOrder.allowed()));
        String matchValue = single(params, "match", "all").strip();
        MatchMode match = MatchMode.byApiValue(matchValue)
                .orElseThrow(() ->
                        SearchException.badRequest("match '" + matchValue + "' is not allowed; allowed: all, any"));
        return new SearchRequest(
                q,
                provinces(params),
                years(params),
                programs(params),
                page,
                size,
                sort,
                language(params, acceptLanguage),
                match);
    }

    /**
     * The reader's language: {@code lang=en|zh} wins; otherwise Chinese when the {@code Accept-Language} header's
     * most preferred language is {@code zh} or {@code zh-*}; otherwise English.
     */
    public static Language language(Map<String, List<String>> params, String acceptLanguage) {
        String value = single(params, "lang", "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> preferred(acceptLanguage);
            case "en" -> Language.EN;
            case "zh" -> Language.ZH;
            default -> throw SearchException.badRequest("lang '" + value + "' is not allowed; allowed: en, zh");
        };
    }

    private static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        String best = "";
        double bestQ = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] fields = part.strip().split(";");
            if (fields.length == 0 || fields[0].isBlank()) {
                continue; // ";", " ; ", an empty item: names no language, so it is ignored like any malformed part
            }
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ) {
                bestQ = q;
                best = fields[0].strip().toLowerCase(Locale.ROOT);
            }
        }
        return best.equals("zh") || best.startsWith("zh-") ? Language.ZH : Language.EN;
    }

    private static List<Province> provinces(Map<String, List<String>> params) {
        List<Province> out = new ArrayList<>();
        for (String value : values(params, "province")) {
            out.add(Province.byName(value)
                    .orElseThrow(() -> SearchException.badRequest("province '" + value
                            + "' is not known; allowed (English or Chinese name): "
                            + Arrays.stream(Province.values())
                                    .map(Province::english)
                                    .collect(Collectors.joining(", ")))));
        }
        return out;
    }

    private static List<YearRange> years(Map<String, List<String>> params) {
        return values(params, "year").stream().map(YearRange::parse).toList();
    }

    private static List<Program> programs(Map<String, List<String>> params) {
        List<Program> out = new ArrayList<>();
        for (String value : values(params, "program")) {
            out.add(Program.byId(value)
                    .orElseThrow(() -> SearchException.badRequest("program '" + value
                            + "' is not known; allowed: "
                            + Arrays.stream(Program.values()).map(Program::id).collect(Collectors.joining(", ")))));
        }
        return out;
    }

    /** Non-blank values of a repeatable parameter; an empty value (from an emptied form field) means no filter. */
    private static List<String> values(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .toList();
    }

    private static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw SearchException.badRequest(name + " may be given once, not " + values.size() + " times");
        }
        return values.isEmpty() || values.get(0) == null ? fallback : values.get(0);
    }

    private static int integer(
            Map<String, List<String>> params, String name, int fallback, int min, int max, String rule) {
        String raw = single(params, name, "").strip();
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw SearchException.badRequest(name + " '" + raw + "' is not allowed: " + rule);
    }
}
