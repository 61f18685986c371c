package org.fupin.bench.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.fupin.bench.query.ServerProcess;

/**
 * The comparison as text: the index builds, then per cache mode one row per engine with one-client p50/p99 (from the
 * alternating phase), eight-client throughput, the engine's CPU per request, the server's resident memory and how
 * much the engines match, and the ratios of ours to each Solr mode (Fupin ÷ Solr: above 1 means we take longer for
 * latency, and serve more for throughput).
 */
public final class ComparisonTable {

    private ComparisonTable() {}

    /** The whole table. */
    public static String render(Comparison.Result r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "Fupin Search and Solr on %,d sections; %d processors shared by both servers and the" + " client%n",
                r.sections(),
                r.processors()));
        t.append(String.format(
                Locale.ROOT,
                "index build: Fupin Search %s (from the reports), %s; Solr %s (load of the exported"
                        + " JSON lines), %s%n",
                seconds(r.fupinBuild().millis()),
                mb(r.fupinBuild().indexBytes()),
                seconds(r.solrLoad().millis()),
                mb(r.solrLoad().indexBytes())));
        for (Comparison.Mode mode : r.modes()) {
            t.append(String.format(Locale.ROOT, "%ncaches %s%n", mode.caches() ? "on" : "off"));
            t.append(String.format(
                    Locale.ROOT,
                    "%-42s %7s %7s %8s %7s %7s %8s %8s %8s %9s %6s %6s %6s%n",
                    "engine",
                    "p50 ms",
                    "p99 ms",
                    "req/s@" + throughputClients(mode),
                    "p50@n",
                    "p99@n",
                    "cpu/req",
                    "RSS MB",
                    "HWM MB",
                    "hits avg",
                    "÷p50",
                    "÷p99",
                    "÷req/s"));
            EngineStats ourOne = find(mode.oneClient(), Engine.FUPIN);
            EngineStats ourMany = find(mode.throughput(), Engine.FUPIN);
            for (Engine engine : Engine.values()) {
                EngineStats one = find(mode.oneClient(), engine);
                EngineStats many = find(mode.throughput(), engine);
                ServerProcess.Memory memory = mode.memory().get(engine.solr() ? "solr" : "fupin");
                boolean sharedProcess = engine == Engine.SOLR_ANY;
                t.append(String.format(
                        Locale.ROOT,
                        "%-42s %7.2f %7.2f %8.1f %7.2f %7.2f %8s %8s %8s %9.0f %6s %6s %6s%n",
                        engine.label(),
                        one.p50Ms(),
                        one.p99Ms(),
                        many.requestsPerSecond(),
                        many.p50Ms(),
                        many.p99Ms(),
                        many.serverCpuMsPerRequest() < 0
                                ? "-"
                                : String.format(Locale.ROOT, "%.2f", many.serverCpuMsPerRequest()),
                        sharedProcess ? "(same)" : String.format(Locale.ROOT, "%.0f", memory.rssBytes() / 1048576.0),
                        sharedProcess ? "(same)" : String.format(Locale.ROOT, "%.0f", memory.hwmBytes() / 1048576.0),
                        meanTotal(mode.checks(), engine),
                        ratio(engine, ourOne, one, EngineStats::p50Ms),
                        ratio(engine, ourOne, one, EngineStats::p99Ms),
                        ratio(engine, ourMany, many, EngineStats::requestsPerSecond)));
            }
            long failed = mode.checks().stream().filter(c -> !c.ok()).count();
            long errors = errors(mode.warmup()) + errors(mode.oneClient()) + errors(mode.throughput());
            t.append(String.format(
                    Locale.ROOT,
                    "%d searches per engine, %d incomplete answers, %d failed requests%n",
                    mode.checks().size() / Engine.values().length,
                    failed,
                    errors));
            mode.checks().stream()
                    .filter(c -> !c.ok())
                    .forEach(c -> t.append("  incomplete: ").append(c).append('\n'));
        }
        return t.toString();
    }

    private static int throughputClients(Comparison.Mode mode) {
        return mode.throughput().isEmpty() ? 0 : mode.throughput().getFirst().clients();
    }

    private static EngineStats find(List<EngineStats> stats, Engine engine) {
        return stats.stream().filter(s -> s.engine() == engine).findFirst().orElseThrow();
    }

    private static String ratio(
            Engine engine, EngineStats ours, EngineStats theirs, ToDoubleFunction<EngineStats> value) {
        double their = value.applyAsDouble(theirs);
        return engine == Engine.FUPIN || their == 0
                ? ""
                : String.format(Locale.ROOT, "%.2f", value.applyAsDouble(ours) / their);
    }

    private static double meanTotal(List<Check> checks, Engine engine) {
        return checks.stream()
                .filter(c -> c.engine() == engine)
                .mapToLong(Check::total)
                .average()
                .orElse(0);
    }

    private static long errors(List<EngineStats> stats) {
        return stats.stream().mapToLong(EngineStats::errors).sum();
    }

    private static String seconds(long millis) {
        return millis < 0 ? "(not measured)" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1048576.0);
    }
}
