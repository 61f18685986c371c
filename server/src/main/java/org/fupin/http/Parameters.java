package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fupin.search.SearchException;

/**
 * The parameter rules every endpoint shares with {@code /api/search}: an unknown parameter is a 400 that lists the
 * allowed ones (a typo must not be ignored silently), and a single-valued parameter given twice is a 400.
 */
final class Parameters {

    private Parameters() {}

    /** Refuses any query parameter not in {@code allowed}. */
    static void allowOnly(Context ctx, List<String> allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        allowed.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw SearchException.badRequest("unknown parameter(s) " + String.join(", ", unknown) + "; "
                    + (allowed.isEmpty()
                            ? "this endpoint takes no parameters"
                            : "allowed: " + String.join(", ", allowed)));
        }
    }

    /** The one value of {@code name}, or null when absent; refuses it given more than once. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw SearchException.badRequest(name + " may be given once, not " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.getFirst();
    }
}
