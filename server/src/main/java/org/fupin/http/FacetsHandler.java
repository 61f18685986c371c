package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.IndexOverview;

/** {@code GET /api/facets}: every facet value with its count over the whole index, labelled per {@code lang}. */
final class FacetsHandler {

    private final IndexOverview overview;

    FacetsHandler(IndexOverview overview) {
        this.overview = overview;
    }

    void all(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of("lang"));
        ctx.json(overview.facets(SearchParameters.language(ctx.queryParamMap(), ctx.header("Accept-Language"))));
    }
}
