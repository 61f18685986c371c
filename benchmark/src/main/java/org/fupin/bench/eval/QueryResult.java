package org.fupin.bench.eval;

import org.fupin.vocab.Language;

/**
 * How one ranker did on one form of one query.
 *
 * @param query    the judged query
 * @param language the form that ran
 * @param ranker   the ranker's name
 * @param ranked   what it returned
 * @param metrics  the measures
 */
public record QueryResult(JudgedQuery query, Language language, String ranker, Ranker.Ranked ranked, Metrics metrics) {}
