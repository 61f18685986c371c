package org.fupin.http;

import io.javalin.http.Context;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchService;

/** {@code GET /api/facets}: every facet value with its count over the whole index, labelled per {@code lang}. */
final class FacetsHandler {

    private final SearchService service;

    FacetsHandler(SearchService service) {
        this.service = service;
    }

    void all(Context ctx) throws Exception {
        ctx.json(service.facets(SearchRequest.language(ctx.queryParamMap(), ctx.header("Accept-Language"))));
    }
}
