package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.SearchException;
import org.fupin.search.suggest.Suggestions;

/** {@code GET /api/suggest}: completions of what the reader is typing, from the glossary, names and headings. */
final class SuggestHandler {

    private final Suggestions suggestions;

    SuggestHandler(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    void suggest(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of("q", "lang", "size"));
        String q = Parameters.single(ctx, "q");
        String size = Parameters.single(ctx, "size");
        ctx.json(suggestions.suggest(
                q == null ? "" : q,
                SearchParameters.language(ctx.queryParamMap(), ctx.header("Accept-Language")),
                size(size)));
    }

    private static int size(String value) {
        if (value == null) {
            return Suggestions.DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw SearchException.badRequest("size '" + value + "' is not allowed; size must be a whole number from 1"
                    + " to " + Suggestions.MAX_SIZE);
        }
    }
}
