package org.fupin.search;

import java.util.List;

/**
 * One page of results with multi-select facet counts.
 *
 * @param query  how the request was understood
 * @param total  the matching sections, as {@code query.counts} says: those with every concept when there is at
 *               least one
 * @param partialTotal partial matches (at least half of the concepts, or of a multi-word concept's words, but not
 *               all), listed after the full matches when fewer than a page match every concept; 0 when none are
 *               listed
 * @param page   the page returned, from 1
 * @param size   the page size
 * @param tookMs time spent in the service
 * @param hits   the hits on this page
 * @param facets facet counts; each facet's counts ignore that facet's own selection
 */
public record SearchResponse(
        QueryEcho query,
        long total,
        long partialTotal,
        int page,
        int size,
        long tookMs,
        List<Hit> hits,
        FacetCounts facets) {

    public SearchResponse {
        hits = List.copyOf(hits);
    }

    /** This response with a did-you-mean query in {@code query.suggestion} (null for none). */
    public SearchResponse withSuggestion(String suggestion) {
        return new SearchResponse(
                query.withSuggestion(suggestion), total, partialTotal, page, size, tookMs, hits, facets);
    }

    /** This answer given again (from the result cache), with the time it took this time. */
    SearchResponse answeredIn(long ms) {
        return new SearchResponse(query, total, partialTotal, page, size, ms, hits, facets);
    }
}
