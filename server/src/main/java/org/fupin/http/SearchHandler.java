package org.fupin.http;

import io.javalin.http.Context;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchResponse;
import org.fupin.search.SearchService;
import org.fupin.search.suggest.Suggestions;

/** {@code GET /api/search}: validated parameters in, one page of hits with facets out. */
final class SearchHandler {

    private final SearchService service;
    private final Suggestions suggestions;

    /** A handler answering with {@code service}; {@code suggestions} (or null) adds did-you-mean. */
    SearchHandler(SearchService service, Suggestions suggestions) {
        this.service = service;
        this.suggestions = suggestions;
    }

    void search(Context ctx) throws Exception {
        SearchRequest request =
                SearchParameters.parse(ctx.queryParamMap(), service.limits(), ctx.header("Accept-Language"));
        SearchResponse response = service.search(request);
        ctx.json(suggestions == null ? response : response.withSuggestion(suggestions.didYouMean(request.q())));
    }
}
