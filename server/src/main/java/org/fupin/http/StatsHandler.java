package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.SearchService;

/** {@code GET /api/stats} and {@code GET /health}: what the index holds and whether it is open. */
final class StatsHandler {

    private final SearchService service;

    StatsHandler(SearchService service) {
        this.service = service;
    }

    void stats(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of());
        ctx.json(service.stats());
    }

    void health(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of());
        ctx.json(service.health());
    }
}
