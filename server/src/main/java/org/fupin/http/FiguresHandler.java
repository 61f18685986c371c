package org.fupin.http;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.search.FigureRow;
import org.fupin.search.FiguresResponse;
import org.fupin.search.SearchException;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchService;

/**
 * {@code GET /api/figures}: the figures that answer a question (same {@code q} and filters as {@code /api/search}),
 * as JSON or as an RFC 4180 CSV download.
 */
final class FiguresHandler {

    static final List<String> PARAMETERS =
            List.of("q", "province", "year", "program", "lang", "match", "format", "size");
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;
    static final List<String> CSV_COLUMNS = List.of(
            "province",
            "province_zh",
            "year",
            "measure",
            "value",
            "unit",
            "qualifier",
            "text",
            "sentence",
            "section_id",
            "section_title",
            "citation");

    private final SearchService service;

    FiguresHandler(SearchService service) {
        this.service = service;
    }

    void figures(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, PARAMETERS);
        String format = value(Parameters.single(ctx, "format"), "json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("csv")) {
            throw SearchException.badRequest("format '" + format + "' is not allowed; allowed: json, csv");
        }
        int size = size(value(Parameters.single(ctx, "size"), ""));
        // The search's own validation of q and the filters, so both endpoints refuse the same input alike.
        Map<String, List<String>> search = new LinkedHashMap<>(ctx.queryParamMap());
        search.remove("format");
        search.remove("size");
        SearchRequest request = SearchParameters.parse(search, service.limits(), ctx.header("Accept-Language"));
        FiguresResponse response = service.figures(request, size);
        if (format.equals("json")) {
            ctx.json(response);
            return;
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", contentDisposition(request.q()));
        ctx.result(csv(response.figures()));
    }

    private static String value(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }

    private static int size(String raw) {
        if (raw.isEmpty()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(raw);
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw SearchException.badRequest(
                "size '" + raw + "' is not allowed: size must be a whole number from 1 to " + MAX_SIZE);
    }

    /** RFC 4180: a header line, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    static String csv(List<FigureRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (FigureRow r : rows) {
            List<String> fields = List.of(
                    orEmpty(r.province()),
                    orEmpty(r.provinceZh()),
                    r.year() == null ? "" : r.year().toString(),
                    r.measure(),
                    plain(r.value()),
                    r.unit(),
                    r.qualifier(),
                    r.text(),
                    r.sentence(),
                    r.sectionId(),
                    r.sectionTitle(),
                    r.citation());
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quoted(fields.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * An attachment named after the question: ASCII letters and digits in {@code filename} (every client reads it),
     * the question's own letters (Chinese too) in {@code filename*} (RFC 6266).
     */
    static String contentDisposition(String q) {
        String ascii = slug(q, true);
        String any = slug(q, false);
        String name = ascii.isEmpty() ? "fupin-figures.csv" : "fupin-figures-" + ascii + ".csv";
        String header = "attachment; filename=\"" + name + "\"";
        if (!any.equals(ascii)) {
            header += "; filename*=UTF-8''"
                    + URLEncoder.encode("fupin-figures-" + any + ".csv", StandardCharsets.UTF_8)
                            .replace("+", "%20");
        }
        return header;
    }

    /** The question's letters and digits joined by single hyphens, at most 60 characters. */
    private static String slug(String q, boolean asciiOnly) {
        StringBuilder out = new StringBuilder();
        q.codePoints().forEach(c -> {
            boolean keep = asciiOnly ? c < 128 && Character.isLetterOrDigit(c) : Character.isLetterOrDigit(c);
            if (keep) {
                out.appendCodePoint(asciiOnly ? Character.toLowerCase(c) : c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String s = out.toString().replaceAll("-+$", "");
        return s.codePointCount(0, s.length()) <= 60
                ? s
                : s.substring(0, s.offsetByCodePoints(0, 60)).replaceAll("-+$", "");
    }
}
