package org.fupin.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fupin.vocab.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the ranking: the judged query set runs through the real search code on the seeds, and English and Chinese
 * nDCG@10 may not fall more than {@link Recorded#TOLERANCE} below the values recorded in the repository.
 */
class EvalRegressionTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static Evaluation eval;

    @BeforeAll
    static void evaluate() throws Exception {
        eval = EvalMain.evaluate(SEEDS, JudgedSet.bundled());
        System.out.print(EvalReport.render(eval, List.of("fupin", "bm25"), false));
    }

    @Test
    void englishRankingHoldsItsRecordedQuality() {
        double ndcg = eval.mean("fupin", Language.EN).ndcg();

        assertTrue(
                ndcg >= Recorded.bundled().english() - Recorded.TOLERANCE,
                "English nDCG@10 " + ndcg + " fell below the recorded "
                        + Recorded.bundled().english());
    }

    @Test
    void chineseRankingHoldsItsRecordedQuality() {
        double ndcg = eval.mean("fupin", Language.ZH).ndcg();

        assertTrue(
                ndcg >= Recorded.bundled().chinese() - Recorded.TOLERANCE,
                "Chinese nDCG@10 " + ndcg + " fell below the recorded "
                        + Recorded.bundled().chinese());
    }

    @Test
    void rankingBeatsPlainBm25() {
        double ours = eval.mean("fupin", Language.EN).ndcg();
        double bm25 = eval.mean("bm25", Language.EN).ndcg();

        assertTrue(ours >= bm25 + 0.05, "English nDCG@10 " + ours + " is not 0.05 above plain BM25 " + bm25);
    }

    @Test
    void repaymentRateQuestionPutsTheSevenStatedRatesFirstInBothLanguages() {
        // The seven seed sections that state a repayment rate (read from the text).
        Set<String> stated = Set.of(
                "007dacfd0107814e",
                "9810f54f5a0d9431",
                "eaa9c3d1aa5e24e9",
                "dc1caee04ee10611",
                "a31dc7c4a1700db4",
                "6aaf9b02d4fa13a0",
                "843f96d5d2299e8f");

        for (Language language : Language.values()) {
            QueryResult r = eval.result("mutual-funds-repayment-rate", language, "fupin");

            assertEquals(stated, r.ranked().ids().stream().limit(7).collect(Collectors.toSet()), language.code());
        }
    }

    @Test
    void everyJudgedSectionExistsInTheSeedIndex() throws Exception {
        // A judgment on an id the parser no longer produces would silently count as a miss.
        Set<String> ids = SeedIds.all(SEEDS);

        for (JudgedQuery q : eval.set().queries()) {
            for (JudgedQuery.Judgment j : q.relevant()) {
                assertTrue(ids.contains(j.section()), q.id() + " judges unknown section " + j.section());
            }
        }
    }
}
