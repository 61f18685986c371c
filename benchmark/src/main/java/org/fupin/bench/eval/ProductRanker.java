package org.fupin.bench.eval;

import java.io.IOException;
import org.fupin.query.GlossaryExpander;
import org.fupin.query.MatchMode;
import org.fupin.search.SearchLimits;
import org.fupin.search.SearchRequest;
import org.fupin.search.SearchResponse;
import org.fupin.search.SearchService;
import org.fupin.search.SortOrder;
import org.fupin.search.YearRange;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/** The real search code, as {@code /api/search} runs it: the bundled glossary, synonyms and the server's ranking. */
final class ProductRanker implements Ranker {

    private final SearchService service;

    ProductRanker(SearchService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "fupin";
    }

    @Override
    public Ranked rank(JudgedQuery query, Language language) throws IOException {
        JudgedQuery.Filters f = query.filters();
        SearchRequest request = new SearchRequest(
                query.text(language),
                f.province().stream().map(p -> Province.byName(p).orElseThrow()).toList(),
                f.year().stream().map(y -> YearRange.parse(Integer.toString(y))).toList(),
                f.program().stream().map(p -> Program.byId(p).orElseThrow()).toList(),
                1,
                Metrics.K,
                SortOrder.RELEVANCE,
                language,
                MatchMode.ALL);
        try {
            SearchResponse response = service.search(request);
            return new Ranked(response.hits().stream().map(h -> h.id()).toList(), response.total());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A service over an open index with the bundled glossary and default limits. */
    static SearchService service(org.fupin.search.IndexHandle index) {
        return new SearchService(index, SearchLimits.defaults(), GlossaryExpander.bundled(), "eval");
    }
}
