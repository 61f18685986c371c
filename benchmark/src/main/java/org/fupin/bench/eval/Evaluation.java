package org.fupin.bench.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.fupin.vocab.Language;

/**
 * Every query of a judged set, in both languages, through every ranker; the results and their means.
 *
 * @param set     the judged set
 * @param results one result per query, language and ranker
 */
public record Evaluation(JudgedSet set, List<QueryResult> results) {

    public Evaluation {
        results = List.copyOf(results);
    }

    /** Runs the set through the rankers. */
    public static Evaluation run(JudgedSet set, List<Ranker> rankers) throws IOException {
        List<QueryResult> results = new ArrayList<>();
        for (JudgedQuery query : set.queries()) {
            for (Language language : Language.values()) {
                for (Ranker ranker : rankers) {
                    Ranker.Ranked ranked = ranker.rank(query, language);
                    results.add(new QueryResult(
                            query, language, ranker.name(), ranked, Metrics.of(ranked.ids(), query.grades())));
                }
            }
        }
        return new Evaluation(set, results);
    }

    /** The mean measures of one ranker in one language over the queries {@code which} accepts. */
    public Metrics mean(String ranker, Language language, Predicate<JudgedQuery> which) {
        return Metrics.mean(results.stream()
                .filter(r -> r.ranker().equals(ranker) && r.language() == language && which.test(r.query()))
                .map(QueryResult::metrics)
                .toList());
    }

    /** The mean measures of one ranker in one language over every query. */
    public Metrics mean(String ranker, Language language) {
        return mean(ranker, language, q -> true);
    }

    /** The result of one ranker for one form of one query. */
    public QueryResult result(String queryId, Language language, String ranker) {
        return results.stream()
                .filter(r -> r.query().id().equals(queryId)
                        && r.language() == language
                        && r.ranker().equals(ranker))
                .findFirst()
                .orElseThrow();
    }

    /**
     * How far the two forms of a glossary-covered question agree under one ranker.
     *
     * @param pairs        glossary-covered questions
     * @param sameTotal    pairs whose totals differ by at most 20 %
     * @param sameTop      pairs with at least 8 of the top 10 in common (or identical lists when shorter)
     * @param meanOverlap  mean top-10 overlap
     */
    public record Parity(int pairs, int sameTotal, int sameTop, double meanOverlap) {}

    /** Agreement of the English and Chinese forms for the glossary-covered questions. */
    public Parity parity(String ranker) {
        int pairs = 0;
        int sameTotal = 0;
        int sameTop = 0;
        double overlapSum = 0;
        for (JudgedQuery query : set.queries()) {
            if (!query.glossaryPair()) {
                continue;
            }
            pairs++;
            Ranker.Ranked en = result(query.id(), Language.EN, ranker).ranked();
            Ranker.Ranked zh = result(query.id(), Language.ZH, ranker).ranked();
            long max = Math.max(en.total(), zh.total());
            long min = Math.min(en.total(), zh.total());
            if (max == 0 || min >= 0.8 * max) {
                sameTotal++;
            }
            int overlap = overlap(en.ids(), zh.ids());
            overlapSum += overlap;
            int needed = Math.min(8, Math.max(en.ids().size(), zh.ids().size()));
            if (overlap >= needed) {
                sameTop++;
            }
        }
        return new Parity(pairs, sameTotal, sameTop, pairs == 0 ? 0 : overlapSum / pairs);
    }

    /** Section ids two top lists share. */
    public static int overlap(List<String> a, List<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return common.size();
    }
}
