package org.fupin.http;

import io.javalin.http.Context;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchService;

/** {@code GET /api/search}: validated parameters in, one page of hits with facets out. */
final class SearchHandler {

    private final SearchService service;

    SearchHandler(SearchService service) {
        this.service = service;
    }

    void search(Context ctx) throws Exception {
        SearchRequest request = SearchRequest.fromParameters(ctx.queryParamMap(), service.limits(),
                ctx.header("Accept-Language"));
        ctx.json(service.search(request));
    }
}
