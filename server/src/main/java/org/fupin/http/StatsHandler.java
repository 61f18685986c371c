package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.IndexOverview;

/** {@code GET /api/stats} and {@code GET /health}: what the index holds and whether it is open. */
final class StatsHandler {

    private final IndexOverview overview;

    StatsHandler(IndexOverview overview) {
        this.overview = overview;
    }

    void stats(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of());
        ctx.json(overview.stats());
    }

    void health(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of());
        ctx.json(overview.health());
    }
}
