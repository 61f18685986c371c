package org.fupin.search;

import java.time.Duration;
import org.fupin.query.QueryParser;
import org.fupin.query.UserQuery;

/**
 * The stated limits of the search API; every refusal message quotes them.
 *
 * @param maxQueryChars         longest accepted {@code q}
 * @param maxTerms              most words and phrases in one query
 * @param maxPageSize           largest {@code size}
 * @param maxResultWindow       deepest result reachable by paging ({@code page * size})
 * @param searchTimeout         time one search may take before it is abandoned
 * @param maxConcurrentSearches searches running at once; more wait up to {@code queueWait}, then get a 503
 * @param queueWait             how long a search waits for a free slot
 */
public record SearchLimits(
        int maxQueryChars,
        int maxTerms,
        int maxPageSize,
        int maxResultWindow,
        Duration searchTimeout,
        int maxConcurrentSearches,
        Duration queueWait) {

    private static final QueryParser PARSER = new QueryParser();

    public SearchLimits {
        if (maxQueryChars < 1
                || maxTerms < 1
                || maxPageSize < 1
                || maxResultWindow < maxPageSize
                || maxConcurrentSearches < 1) {
            throw new IllegalArgumentException("limits must be positive and the window at least one page");
        }
        if (searchTimeout.isNegative() || searchTimeout.isZero() || queueWait.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /**
     * The defaults: 1,000 characters, 64 terms, 100 per page, 10,000 results deep, 2 s per search, 8 at once, each
     * waiting up to 2 s for a slot (enough for 32 busy clients on 2 cores to queue rather than be refused).
     */
    public static SearchLimits defaults() {
        return new SearchLimits(1_000, 64, 100, 10_000, Duration.ofSeconds(2), 8, Duration.ofSeconds(2));
    }

    /** Refuses a {@code q} over the character limit, with the message every endpoint gives. */
    public void checkQueryLength(String q) {
        if (q != null && q.length() > maxQueryChars) {
            throw SearchException.badRequest(
                    "q is " + q.length() + " characters long; the limit is " + maxQueryChars + " characters");
        }
    }

    /**
     * {@code q} parsed, refused first when it is over the character limit and then when it has more words than the
     * limit: what every endpoint that takes a {@code q} does before searching.
     */
    public UserQuery parse(String q) {
        checkQueryLength(q);
        UserQuery query = PARSER.parse(q);
        checkQueryTerms(query);
        return query;
    }

    /** Refuses a parsed query over the word limit, with the message every endpoint gives. */
    private void checkQueryTerms(UserQuery query) {
        if (query.termCount() > maxTerms) {
            throw SearchException.badRequest(
                    "the query has " + query.termCount() + " words and phrases; the limit is " + maxTerms);
        }
    }
}
