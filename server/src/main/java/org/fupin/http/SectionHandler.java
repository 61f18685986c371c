package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.query.QueryParser;
import org.fupin.search.SearchService;

/** {@code GET /api/sections/{id}}: one whole section, optionally with a query's terms marked. */
final class SectionHandler {

    private static final List<String> PARAMETERS = List.of("q");

    private final SearchService service;
    private final QueryParser parser = new QueryParser();

    SectionHandler(SearchService service) {
        this.service = service;
    }

    void get(Context ctx) throws Exception {
        // The same rules as /api/search: only q, once, within the character and word limits.
        Parameters.allowOnly(ctx, PARAMETERS);
        String q = Parameters.single(ctx, "q");
        if (q != null && !q.isBlank()) {
            service.limits().checkQueryLength(q);
            service.limits().checkQueryTerms(parser.parse(q));
        }
        ctx.json(service.section(ctx.pathParam("id"), q));
    }
}
