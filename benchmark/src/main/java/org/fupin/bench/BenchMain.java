package org.fupin.bench;

import java.util.Arrays;
import org.fupin.bench.query.EndToEnd;
import org.fupin.bench.query.QueryBenchmark;

/** The benchmark CLI: {@code generate}, {@code index}, {@code check}, {@code query}, {@code all} or {@code jmh}, each with its own options. */
public final class BenchMain {

    private BenchMain() {
    }

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
                  jmh      [JMH options, e.g. -f 1 -wi 3 -i 3 ParseReportBenchmark]""";
    }
}
