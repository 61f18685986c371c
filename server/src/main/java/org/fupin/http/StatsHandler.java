package org.fupin.http;

import io.javalin.http.Context;
import org.fupin.search.SearchService;

/** {@code GET /api/stats} and {@code GET /health}: what the index holds and whether it is open. */
final class StatsHandler {

    private final SearchService service;

    StatsHandler(SearchService service) {
        this.service = service;
    }

    void stats(Context ctx) throws Exception {
        ctx.json(service.stats());
    }

    void health(Context ctx) throws Exception {
        ctx.json(service.health());
    }
}
