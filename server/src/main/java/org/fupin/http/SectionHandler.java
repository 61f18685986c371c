package org.fupin.http;

import io.javalin.http.Context;
import org.fupin.search.SearchService;

/** {@code GET /api/sections/{id}}: one whole section, optionally with a query's terms marked. */
final class SectionHandler {

    private final SearchService service;

    SectionHandler(SearchService service) {
        this.service = service;
    }

    void get(Context ctx) throws Exception {
        ctx.json(service.section(ctx.pathParam("id"), ctx.queryParam("q")));
    }
}
