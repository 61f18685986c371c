package org.fupin.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fupin.query.MatchMode;
import org.fupin.search.SearchException;
import org.fupin.search.SearchLimits;
import org.fupin.search.SearchRequest;
import org.fupin.search.SortOrder;
import org.fupin.search.YearRange;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/**
 * The query parameters of {@code /api/search} (and of {@code /api/figures}, which takes the same question and filters)
 * read into a {@link SearchRequest}: each value checked, and every refusal a 400 whose message says what is allowed.
 */
public final class SearchParameters {

    /** The query parameters {@code /api/search} understands. */
    public static final List<String> NAMES =
            List.of("q", "province", "year", "program", "page", "size", "sort", "lang", "match");

    private SearchParameters() {}

    /**
     * Validates raw query parameters; the reader's language comes from {@code lang}, else from the
     * {@code Accept-Language} header (may be null).
     */
    public static SearchRequest parse(Map<String, List<String>> params, SearchLimits limits, String acceptLanguage) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        NAMES.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw SearchException.badRequest(
                    "unknown parameter(s) " + String.join(", ", unknown) + "; allowed: " + String.join(", ", NAMES));
        }
        String q = single(params, "q", "");
        limits.checkQueryLength(q);
        int page = integer(params, "page", 1, 1, Integer.MAX_VALUE, "page must be a whole number from 1");
        int size = integer(
                params,
                "size",
                SearchRequest.DEFAULT_SIZE,
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
