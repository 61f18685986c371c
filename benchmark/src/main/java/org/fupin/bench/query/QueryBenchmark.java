package org.fupin.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fupin.bench.Args;
import org.fupin.corpus.CorpusException;
import org.fupin.index.IndexBuilder;

/**
 * The HTTP query benchmark: starts the real server as a child process over an index, checks every search of the
 * {@link QueryMix} once, warms the server up, then measures closed-loop phases with 1, 8 and 32 concurrent clients
 * (latency percentiles, requests per second, errors, the server's resident memory and CPU per request). Prints a table
 * and writes the same as JSON.
 */
public final class QueryBenchmark {

    /** The server heap when none is given: enough for 1M sections; the index itself is memory-mapped, off heap. */
    public static final String DEFAULT_HEAP = "512m";

    /**
     * What to run.
     *
     * @param serverJar     the shaded {@code fupin-server.jar}
     * @param index         the index folder (built from {@code corpus} first when it holds none)
     * @param corpus        the report folder the index was built from
     * @param serverJvmArgs JVM options of the server ({@code -Xmx512m}, a flight recording, …)
     * @param warmup        warm-up time, not measured
     * @param warmupClients concurrent clients during warm-up
     * @param duration      time of each measured phase
     * @param clients       concurrent clients of each measured phase, in order
     * @param log           the server's log file
     */
    public record Config(
            Path serverJar,
            Path index,
            Path corpus,
            List<String> serverJvmArgs,
            Duration warmup,
            int warmupClients,
            Duration duration,
            List<Integer> clients,
            Path log) {

        public Config {
            Objects.requireNonNull(serverJar, "serverJar");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(corpus, "corpus");
            serverJvmArgs = List.copyOf(serverJvmArgs);
            clients = List.copyOf(clients);
            if (clients.isEmpty() || warmupClients < 1) {
                throw new IllegalArgumentException("at least one phase and one warm-up client are needed");
            }
        }
    }

    /**
     * The answer to one search of the mix before the warm-up.
     *
     * @param query  the search
     * @param path   its request path
     * @param status HTTP status
     * @param total  hits in the whole index
     * @param hits   hits returned (at most 10)
     * @param facets whether the response carried the province, year and program facets
     */
    public record Check(String query, String path, int status, long total, int hits, boolean facets) {

        /** Whether the response was a complete search answer. */
        public boolean ok() {
            return status == 200 && facets && hits <= 10 && hits == Math.min(10, total);
        }
    }

    /**
     * A whole run.
     *
     * @param index           the index folder
     * @param sections        sections in the index, from {@code /health}
     * @param serverCommand   how the server was started
     * @param queries         searches in the mix
     * @param filteredQueries searches with a province, year or program filter
     * @param zeroHitQueries  searches that found nothing (the Chinese ones until translation lands)
     * @param failedChecks    searches whose check answer was not a complete search answer
     * @param afterStart      server memory once it answered {@code /health}
     * @param phases          warm-up and measured phases, in order
     * @param checks          the check answer of every search
     * @param processors      processors of the machine (client and server share them)
     * @param javaVersion     the JVM's version
     * @param finishedAt      when the run finished
     */
    public record Result(
            String index,
            int sections,
            List<String> serverCommand,
            int queries,
            int filteredQueries,
            int zeroHitQueries,
            int failedChecks,
            ServerProcess.Memory afterStart,
            List<PhaseResult> phases,
            List<Check> checks,
            int processors,
            String javaVersion,
            String finishedAt) {

        public Result {
            serverCommand = List.copyOf(serverCommand);
            phases = List.copyOf(phases);
            checks = List.copyOf(checks);
        }

        /** Errors over the checks and every phase, warm-up included. */
        public long errors() {
            return failedChecks + phases.stream().mapToLong(PhaseResult::errors).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> OPTIONS = Set.of(
            "index",
            "corpus",
            "server-jar",
            "heap",
            "jvm",
            "warmup",
            "warmup-clients",
            "duration",
            "clients",
            "out",
            "log");

    private QueryBenchmark() {}

    /** CLI: {@code --index DIR --corpus DIR [--heap 512m] [--warmup 15s] [--duration 20s] [--clients 1,8,32] …}. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, OPTIONS);
        Path out = a.path("out", Path.of("query-results.json"));
        Result result = run(config(a, a.path("index"), a.path("corpus"), out));
        write(result, out);
    }

    /** The configuration from the command-line options shared by {@code query} and {@code all}. */
    public static Config config(Args a, Path index, Path corpus, Path out) {
        List<String> jvm = new ArrayList<>();
        jvm.add("-Xmx" + a.string("heap", DEFAULT_HEAP));
        if (a.has("jvm")) {
            jvm.addAll(Arrays.asList(a.string("jvm", "").trim().split("\\s+")));
        }
        Path log = a.path("log", serverLogBeside(out));
        return new Config(
                a.path("server-jar", Path.of("server", "target", "fupin-server.jar")),
                index,
                corpus,
                jvm,
                a.duration("warmup", Duration.ofSeconds(15)),
                (int) a.number("warmup-clients", 8),
                a.duration("duration", Duration.ofSeconds(20)),
                a.integers("clients", List.of(1, 8, 32)),
                log);
    }

    /** Prints the table and writes the JSON. */
    public static void write(Result result, Path out) throws IOException {
        System.out.print(table(result));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(out.toFile(), result);
        System.out.println("Wrote " + out);
    }

    /** Runs the whole benchmark; builds the index first when the folder holds none. */
    public static Result run(Config config) throws IOException, InterruptedException, CorpusException {
        if (!IndexBuilder.indexExists(config.index())) {
            System.out.println("No index in " + config.index() + "; building it from " + config.corpus());
            IndexBuilder.build(config.corpus(), config.index());
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<QueryMix.Query> mix = QueryMix.standard();
        try (ServerProcess server = ServerProcess.start(
                config.serverJar(), config.index(), config.corpus(), config.serverJvmArgs(), config.log())) {
            System.out.printf(
                    Locale.ROOT,
                    "Server pid %d on port %d (%s); log %s%n",
                    server.pid(),
                    server.port(),
                    String.join(" ", config.serverJvmArgs()),
                    config.log());
            ServerProcess.Memory afterStart = server.memory();
            int sections = JSON.readTree(get(client, server.base(), "/health").body())
                    .path("sections")
                    .asInt();
            List<Check> checks = check(client, server.base(), mix);
            LoadPhase load = new LoadPhase(client, server.base(), mix);
            List<PhaseResult> phases = new ArrayList<>();
            phases.add(announce(load.run("warmup", config.warmupClients(), config.warmup(), server)));
            for (int clients : config.clients()) {
                phases.add(announce(load.run("c" + clients, clients, config.duration(), server)));
            }
            return new Result(
                    config.index().toString(),
                    sections,
                    server.command(),
                    mix.size(),
                    (int) mix.stream().filter(QueryMix.Query::filtered).count(),
                    (int) checks.stream()
                            .filter(c -> c.status() == 200 && c.total() == 0)
                            .count(),
                    (int) checks.stream().filter(c -> !c.ok()).count(),
                    afterStart,
                    phases,
                    checks,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version().toString(),
                    Instant.now().toString());
        }
    }

    /** The result as a human-readable table, one line per phase. */
    public static String table(Result r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "index %s: %,d sections; %d searches (%d filtered, %d with no hits, %d failed checks)%n",
                r.index(),
                r.sections(),
                r.queries(),
                r.filteredQueries(),
                r.zeroHitQueries(),
                r.failedChecks()));
        t.append(String.format(
                Locale.ROOT, "server RSS after start %s%n", mb(r.afterStart().rssBytes())));
        t.append(String.format(
                Locale.ROOT,
                "%-7s %7s %7s %9s %8s %7s %7s %7s %8s %7s %8s %8s %8s %8s%n",
                "phase",
                "clients",
                "secs",
                "requests",
                "req/s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "errors",
                "RSS MB",
                "HWM MB",
                "srv ms/r",
                "cli ms/r"));
        for (PhaseResult p : r.phases()) {
            t.append(String.format(
                    Locale.ROOT,
                    "%-7s %7d %7.1f %,9d %8.1f %7.2f %7.2f %7.2f %8.2f %7d %8.1f %8.1f %8.2f %8.2f%n",
                    p.name(),
                    p.clients(),
                    p.seconds(),
                    p.requests(),
                    p.requestsPerSecond(),
                    p.p50Ms(),
                    p.p90Ms(),
                    p.p99Ms(),
                    p.maxMs(),
                    p.errors(),
                    p.serverRssBytes() / 1048576.0,
                    p.serverHwmBytes() / 1048576.0,
                    p.serverCpuMsPerRequest(),
                    p.clientCpuMsPerRequest()));
            t.append("        mean ms by kind: ").append(kinds(p)).append('\n');
            if (!p.errorKinds().isEmpty()) {
                t.append("        errors: ").append(p.errorKinds()).append('\n');
            }
        }
        r.checks().stream()
                .filter(c -> !c.ok())
                .forEach(c -> t.append("  check failed: ").append(c).append('\n'));
        return t.toString();
    }

    private static String kinds(PhaseResult p) {
        StringBuilder s = new StringBuilder();
        p.meanMsByKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(String.format(
                        Locale.ROOT, "%s %.2f  ", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue())));
        return s.toString().strip();
    }

    private static PhaseResult announce(PhaseResult p) {
        System.out.printf(
                Locale.ROOT,
                "  %s: %d clients, %,d requests, %.1f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
                p.name(),
                p.clients(),
                p.requests(),
                p.requestsPerSecond(),
                p.p50Ms(),
                p.p99Ms(),
                p.errors());
        return p;
    }

    private static List<Check> check(HttpClient client, URI base, List<QueryMix.Query> mix)
            throws IOException, InterruptedException {
        List<Check> checks = new ArrayList<>();
        for (QueryMix.Query q : mix) {
            HttpResponse<String> response = get(client, base, q.path());
            if (response.statusCode() != 200) {
                checks.add(new Check(q.toString(), q.path(), response.statusCode(), 0, 0, false));
                continue;
            }
            JsonNode body = JSON.readTree(response.body());
            JsonNode facets = body.path("facets");
            boolean allFacets = facets.path("province").isArray()
                    && facets.path("year").isArray()
                    && facets.path("program").isArray();
            checks.add(new Check(
                    q.toString(), q.path(), 200, listed(body), body.path("hits").size(), allFacets));
        }
        return checks;
    }

    /**
     * The sections the pages of an answer list: the full matches, then any partial matches that follow them (when no
     * section has every concept, {@code total} already counts the partial ones).
     */
    public static long listed(JsonNode body) {
        long total = body.path("total").asLong();
        return "partial".equals(body.path("query").path("counts").asText())
                ? total
                : total + body.path("partial_total").asLong();
    }

    private static HttpResponse<String> get(HttpClient client, URI base, String path)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code results/query-100k.json} → {@code results/query-100k.server.log}. */
    private static Path serverLogBeside(Path out) {
        Path abs = out.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("\\.json$", "") + ".server.log";
        return abs.resolveSibling(name);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }
}
