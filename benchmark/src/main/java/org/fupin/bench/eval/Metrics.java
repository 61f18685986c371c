package org.fupin.bench.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking measures at a cut-off of ten: nDCG (graded gain, log2 discount, ideal from every judged section),
 * precision and recall (a section is relevant with grade 1 or 2), and the reciprocal rank of the first relevant one.
 *
 * @param ndcg      nDCG@10
 * @param precision P@10
 * @param recall    Recall@10
 * @param rr        1 / rank of the first relevant hit, 0 when none is in the top ten
 */
public record Metrics(double ndcg, double precision, double recall, double rr) {

    /** The cut-off. */
    public static final int K = 10;

    /** Measures one ranked list of section ids against the grades. */
    public static Metrics of(List<String> ranked, Map<String, Integer> grades) {
        List<String> top = ranked.subList(0, Math.min(K, ranked.size()));
        double dcg = 0;
        int found = 0;
        double rr = 0;
        for (int i = 0; i < top.size(); i++) {
            int grade = grades.getOrDefault(top.get(i), 0);
            dcg += gain(grade, i);
            if (grade > 0) {
                found++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        double ndcg = idcg == 0 ? 0 : dcg / idcg;
        double recall = grades.isEmpty() ? 0 : (double) found / grades.size();
        return new Metrics(ndcg, (double) found / K, recall, rr);
    }

    private static double gain(int grade, int rank) {
        return grade == 0 ? 0 : (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }

    /** The mean of several measurements; zeros for none. */
    public static Metrics mean(List<Metrics> all) {
        if (all.isEmpty()) {
            return new Metrics(0, 0, 0, 0);
        }
        return new Metrics(
                all.stream().mapToDouble(Metrics::ndcg).average().orElse(0),
                all.stream().mapToDouble(Metrics::precision).average().orElse(0),
                all.stream().mapToDouble(Metrics::recall).average().orElse(0),
                all.stream().mapToDouble(Metrics::rr).average().orElse(0));
    }
}
