package org.fupin.bench;

import java.util.Arrays;

/** The benchmark CLI: {@code generate}, {@code index} or {@code jmh}, each with its own options. */
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
                  jmh      [JMH options, e.g. -f 1 -wi 3 -i 3 ParseReportBenchmark]""";
    }
}
