package org.fupin.bench;

import java.util.Arrays;
import org.fupin.bench.compare.Comparison;
import org.fupin.bench.fuzz.Fuzz;
import org.fupin.bench.query.EndToEnd;
import org.fupin.bench.query.QueryBenchmark;

/**
 * The benchmark CLI: {@code generate}, {@code index}, {@code check}, {@code query}, {@code all}, {@code compare},
 * {@code eval}, {@code fuzz} or {@code jmh}, each with its own options.
 */
public final class BenchMain {

    private BenchMain() {}

    /** Runs one sub-command. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(usage());
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "generate" -> CorpusGenerator.main(rest);
                case "index" -> IndexBenchmark.main(rest);
                case "check" -> ManifestCheck.main(rest);
                case "query" -> QueryBenchmark.main(rest);
                case "all" -> EndToEnd.main(rest);
                case "compare" -> Comparison.main(rest);
                case "eval" -> org.fupin.bench.eval.EvalMain.main(rest);
                case "fuzz" -> Fuzz.main(rest);
                case "jmh" -> org.openjdk.jmh.Main.main(rest);
                default -> {
                    System.err.println("unknown command " + args[0] + "\n" + usage());
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n" + usage());
            System.exit(2);
        }
    }

    private static String usage() {
        return """
                usage:
                  generate --seeds seeds --out DIR --sections N [--seed 42]
                  index    --corpus DIR --index DIR --out results.json
                  check    --corpus DIR [--out check.json] [--show 20]
                           (parses a generated corpus as the indexer does and compares it with its manifest)
                  query    --index DIR --corpus DIR [--out query.json] [--heap 512m] [--warmup 15s] [--duration 20s]
                           [--clients 1,8,32] [--warmup-clients 8] [--jvm "server JVM options"]
                           [--server-jar server/target/fupin-server.jar] [--log server.log]
                  all      --work DIR --sections N [--seeds seeds] [--seed 42] [any query option]
                           (generates WORK/corpus and builds WORK/index unless present, then runs query)
                  compare  --work DIR --sections N [--seeds seeds] [--seed 42] [--heap 512m] [--jvm "options"]
                           [--warmup 60s] [--warmup-clients 8] [--duration 20s] [--slice 5s] [--clients 8]
                           [--caches off,on] [--server-jar …] [--solr-jar solr-peer/target/fupin-solr-peer.jar]
                           [--out WORK/compare.json]  (Fupin Search and Solr side by side; see docs/BENCHMARKS.md)
                  eval     [--seeds seeds] [--queries judged-queries.json] [--detail per-query|summary] [--out eval.json]
                           (judged query set: nDCG@10, P@10, R@10, MRR of the search and of plain BM25)
                  fuzz     [--requests 100000] [--clients 8] [--seed 42] [--seeds seeds] [--index DIR]
                           [--server-jar server/target/fupin-server.jar] [--jvm "-Xmx512m"] [--log fuzz-server.log]
                           (hostile requests against the real server jar; counts per status, every 5xx)
                  jmh      [JMH options, e.g. -f 1 -wi 3 -i 3 ParseReportBenchmark]""";
    }
}
