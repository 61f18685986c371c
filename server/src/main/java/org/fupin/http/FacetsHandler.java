package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchService;

/** {@code GET /api/facets}: every facet value with its count over the whole index, labelled per {@code lang}. */
final class FacetsHandler {

    private final SearchService service;

    FacetsHandler(SearchService service) {
        this.service = service;
    }

    void all(Context ctx) throws Exception {
        Parameters.allowOnly(ctx, List.of("lang"));
        ctx.json(service.facets(SearchRequest.language(ctx.queryParamMap(), ctx.header("Accept-Language"))));
    }
}
