package org.fupin.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.fupin.bench.Args;
import org.fupin.index.IndexBuilder;
import org.fupin.search.IndexHandle;
import org.fupin.vocab.Language;

/**
 * {@code eval}: builds the index of the seeds in a temporary folder, runs the judged query set through the real
 * search code and through plain BM25, and prints nDCG@10, P@10, Recall@10 and MRR per language, per kind and per
 * query, the English/Chinese agreement, the comparison with the recorded values, and the precision and recall of
 * the figure extraction against the hand-checked figure lists.
 */
public final class EvalMain {

    private EvalMain() {}

    /** Entry point of the sub-command. */
    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, java.util.Set.of("seeds", "queries", "out", "detail"));
        Path seeds = args.path("seeds", Path.of("seeds"));
        JudgedSet set = args.has("queries") ? JudgedSet.read(args.path("queries")) : JudgedSet.bundled();
        String detail = args.string("detail", "per-query");
        if (!detail.equals("per-query") && !detail.equals("summary")) {
            throw new IllegalArgumentException("--detail is per-query or summary, not " + detail);
        }
        Evaluation eval = evaluate(seeds, set);
        System.out.print(EvalReport.render(eval, List.of("fupin", "bm25"), detail.equals("per-query")));
        Recorded recorded = Recorded.bundled();
        System.out.printf(
                java.util.Locale.ROOT,
                "%nrecorded nDCG@10: en %.3f, zh %.3f (this run: en %.3f, zh %.3f)%n",
                recorded.english(),
                recorded.chinese(),
                eval.mean("fupin", Language.EN).ndcg(),
                eval.mean("fupin", Language.ZH).ndcg());
        System.out.print(FigureQuality.report(seeds));
        if (args.has("out")) {
            Path out = args.path("out");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), summary(eval));
            System.out.println("wrote " + out);
        }
    }

    /** Builds the seed index in a temporary folder and evaluates the set against it. */
    public static Evaluation evaluate(Path seeds, JudgedSet set) throws IOException {
        Path dir = Files.createTempDirectory("fupin-eval");
        try {
            Path indexDir = dir.resolve("index");
            IndexBuilder.build(seeds, indexDir);
            try (IndexHandle index = IndexHandle.open(indexDir)) {
                IndexSearcher searcher = index.acquire();
                try {
                    return Evaluation.run(
                            set, List.of(new ProductRanker(ProductRanker.service(index)), new Bm25Baseline(searcher)));
                } finally {
                    index.release(searcher);
                }
            }
        } catch (org.fupin.corpus.CorpusException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    private static Map<String, Object> summary(Evaluation eval) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            for (String ranker : List.of("fupin", "bm25")) {
                out.put(language.code() + "_" + ranker, eval.mean(ranker, language));
            }
        }
        out.put("parity", eval.parity("fupin"));
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
