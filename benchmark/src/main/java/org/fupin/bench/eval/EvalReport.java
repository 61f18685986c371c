package org.fupin.bench.eval;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.fupin.vocab.Language;

/** Renders an {@link Evaluation} as the plain-text tables {@code eval} prints. */
final class EvalReport {

    private EvalReport() {}

    static String render(Evaluation eval, List<String> rankers, boolean perQuery) {
        StringBuilder out = new StringBuilder();
        List<JudgedQuery> queries = eval.set().queries();
        long judged = queries.stream().mapToLong(q -> q.relevant().size()).sum();
        out.append(String.format(
                Locale.ROOT, "Judged set: %d queries x 2 languages, %d judged sections%n%n", queries.size(), judged));
        out.append(String.format(
                Locale.ROOT, "%-4s %-8s %8s %6s %6s %6s%n", "lang", "ranker", "nDCG@10", "P@10", "R@10", "MRR"));
        for (Language language : Language.values()) {
            for (String ranker : rankers) {
                Metrics m = eval.mean(ranker, language);
                out.append(String.format(
                        Locale.ROOT,
                        "%-4s %-8s %8.3f %6.3f %6.3f %6.3f%n",
                        language.code(),
                        ranker,
                        m.ndcg(),
                        m.precision(),
                        m.recall(),
                        m.rr()));
            }
        }
        out.append("\nnDCG@10 per kind\n");
        out.append(String.format(Locale.ROOT, "%-15s %3s", "kind", "n"));
        columns(out, rankers);
        for (String kind : new TreeSet<>(queries.stream().map(JudgedQuery::kind).toList())) {
            long n = queries.stream().filter(q -> q.kind().equals(kind)).count();
            out.append(String.format(Locale.ROOT, "%-15s %3d", kind, n));
            for (Language language : Language.values()) {
                for (String ranker : rankers) {
                    out.append(String.format(
                            Locale.ROOT,
                            " %9.3f",
                            eval.mean(ranker, language, q -> q.kind().equals(kind))
                                    .ndcg()));
                }
            }
            out.append('\n');
        }
        String main = rankers.get(0);
        Evaluation.Parity parity = eval.parity(main);
        out.append(String.format(
                Locale.ROOT,
                "%nEnglish/Chinese agreement (%s, %d glossary-covered pairs): totals"
                        + " within 20%%: %d, >= 8 of the top 10 in common: %d, mean top-10 overlap %.1f%n",
                main,
                parity.pairs(),
                parity.sameTotal(),
                parity.sameTop(),
                parity.meanOverlap()));
        if (perQuery) {
            out.append("\nper query: nDCG@10 (total matches)\n");
            out.append(String.format(Locale.ROOT, "%-44s %-14s", "query", "kind"));
            columns(out, rankers);
            for (JudgedQuery q : queries) {
                out.append(String.format(Locale.ROOT, "%-44s %-14s", clip(q.id(), 44), q.kind()));
                for (Language language : Language.values()) {
                    for (String ranker : rankers) {
                        QueryResult r = eval.result(q.id(), language, ranker);
                        out.append(String.format(
                                Locale.ROOT,
                                " %5.2f(%3d)",
                                r.metrics().ndcg(),
                                Math.min(999, r.ranked().total())));
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void columns(StringBuilder out, List<String> rankers) {
        for (Language language : Language.values()) {
            for (String ranker : rankers) {
                out.append(String.format(Locale.ROOT, " %10s", language.code() + " " + ranker));
            }
        }
        out.append('\n');
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
