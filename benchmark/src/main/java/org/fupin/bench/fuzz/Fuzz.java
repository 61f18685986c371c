package org.fupin.bench.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.fupin.bench.Args;
import org.fupin.bench.query.ServerProcess;
import org.fupin.fuzz.HostileRequest;
import org.fupin.fuzz.HostileRequests;
import org.fupin.fuzz.RawHttp;

/**
 * {@code fuzz --requests 100000 --clients 8}: starts the real server jar, sends it {@code requests} hostile requests
 * from {@code clients} threads, and prints the count per status, every 5xx with its request, every error answer that
 * is not the API's JSON error (or shows a stack trace), requests left unanswered, and the slowest answer. Checks
 * {@code /health} every 1,000 requests and at the end. Exit status 1 when anything but a JSON 2xx/3xx/4xx came back.
 */
public final class Fuzz {

    /** At most this many examples of each kind of failure are kept. */
    private static final int EXAMPLES = 20;

    /**
     * What to run.
     *
     * @param serverJar the shaded server jar
     * @param index     its index folder (built from {@code seeds} when empty)
     * @param seeds     the reports
     * @param requests  how many requests
     * @param clients   concurrent senders
     * @param seed      the generator's seed (the same seed sends the same requests)
     * @param jvm       the server's JVM options
     * @param log       the server's log file
     */
    public record Config(
            Path serverJar,
            Path index,
            Path seeds,
            long requests,
            int clients,
            long seed,
            List<String> jvm,
            Path log) {}

    /**
     * What came back.
     *
     * @param requests     requests sent
     * @param byStatus     answers per status code
     * @param serverErrors 5xx answers with their requests (at most {@value #EXAMPLES})
     * @param badBodies    other bad answers (not the JSON error shape, a stack trace, a 2xx API answer not in JSON)
     * @param unanswered   requests that got no HTTP answer, with the reason
     * @param failures     count of 5xx, bad bodies, unanswered requests and failed health checks
     * @param slowestMs    the slowest answer's time
     * @param slowest      the slowest answer's request
     * @param healthChecks health checks made (all must answer 200)
     * @param seconds      wall time
     */
    public record Result(
            long requests,
            SortedMap<Integer, Long> byStatus,
            List<String> serverErrors,
            List<String> badBodies,
            List<String> unanswered,
            long failures,
            long slowestMs,
            String slowest,
            long healthChecks,
            double seconds) {}

    private Fuzz() {}

    /** CLI entry point. */
    public static void main(String[] argv) throws Exception {
        Args args =
                Args.parse(argv, Set.of("requests", "clients", "seed", "server-jar", "index", "seeds", "jvm", "log"));
        Path index = args.has("index") ? args.path("index") : Files.createTempDirectory("fupin-fuzz-index");
        Config config = new Config(
                args.path("server-jar", Path.of("server/target/fupin-server.jar")),
                index,
                args.path("seeds", Path.of("seeds")),
                args.number("requests", 100_000),
                (int) args.number("clients", 8),
                args.number("seed", 42),
                Arrays.asList(args.string("jvm", "-Xmx512m -XX:+UseSerialGC").split("\\s+")),
                args.path("log", Path.of("fuzz-server.log")));
        Result result = run(config);
        System.out.print(table(result));
        System.exit(result.failures() == 0 ? 0 : 1);
    }

    /** Starts the server, sends the requests, stops the server. */
    public static Result run(Config config) throws IOException, InterruptedException {
        try (ServerProcess server =
                ServerProcess.start(config.serverJar(), config.index(), config.seeds(), config.jvm(), config.log())) {
            return send(server.port(), config);
        }
    }

    private static Result send(int port, Config config) throws InterruptedException {
        HostileRequests generator = new HostileRequests(config.seed());
        Map<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> badBodies = Collections.synchronizedList(new ArrayList<>());
        List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicLong healthChecks = new AtomicLong();
        long[] slowestMs = {-1};
        String[] slowest = {""};
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(config.clients());
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < config.clients(); c++) {
            senders.add(pool.submit(() -> {
                for (long n = next.getAndIncrement(); n < config.requests(); n = next.getAndIncrement()) {
                    HostileRequest request = generator.next();
                    try {
                        RawHttp.Reply reply = RawHttp.send(port, request);
                        byStatus.computeIfAbsent(reply.status(), s -> new AtomicLong())
                                .incrementAndGet();
                        String line = reply.status() + " in " + reply.millis() + " ms: " + request.describe();
                        String problem = request.problem(reply);
                        if (problem != null) {
                            failures.incrementAndGet();
                            keep(
                                    problem.startsWith("server error") ? serverErrors : badBodies,
                                    line + " -> " + reply.contentType() + " " + cut(reply.body()));
                        }
                        synchronized (slowestMs) {
                            if (reply.millis() > slowestMs[0]) {
                                slowestMs[0] = reply.millis();
                                slowest[0] = line;
                            }
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                        keep(unanswered, request.describe() + " -> " + e);
                    }
                    if (n % 1_000 == 999) {
                        healthChecks.incrementAndGet();
                        if (!healthy(port)) {
                            failures.incrementAndGet();
                            keep(unanswered, "GET /health after " + (n + 1) + " requests did not answer 200");
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : senders) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.incrementAndGet();
                keep(unanswered, "a sender failed: " + e.getCause());
            }
        }
        pool.shutdown();
        healthChecks.incrementAndGet();
        if (!healthy(port)) {
            failures.incrementAndGet();
            keep(unanswered, "GET /health after the last request did not answer 200");
        }
        SortedMap<Integer, Long> counts = new TreeMap<>();
        byStatus.forEach((status, count) -> counts.put(status, count.get()));
        return new Result(
                config.requests(),
                counts,
                List.copyOf(serverErrors),
                List.copyOf(badBodies),
                List.copyOf(unanswered),
                failures.get(),
                slowestMs[0],
                slowest[0],
                healthChecks.get(),
                (System.nanoTime() - started) / 1e9);
    }

    private static boolean healthy(int port) {
        try {
            return RawHttp.get(port, "/health").status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keep(List<String> examples, String example) {
        synchronized (examples) {
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            }
        }
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** The result as Markdown: the status table, then every kept failure and the slowest answer. */
    public static String table(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%,d hostile requests in %.0f s (%.0f req/s), %d health checks%n%n",
                r.requests(),
                r.seconds(),
                r.requests() / r.seconds(),
                r.healthChecks()));
        out.append("| status | answers |\n|---|---|\n");
        r.byStatus()
                .forEach((status, count) -> out.append(String.format(Locale.ROOT, "| %d | %,d |%n", status, count)));
        out.append(String.format(
                Locale.ROOT,
                "%n5xx other than documented 503/505: %d%n",
                r.byStatus().entrySet().stream()
                        .filter(e -> e.getKey() >= 500 && e.getKey() != 503 && e.getKey() != 505)
                        .mapToLong(Map.Entry::getValue)
                        .sum()));
        r.serverErrors().forEach(e -> out.append("  ").append(e).append('\n'));
        out.append("Other bad answers (not the JSON error shape, a stack trace, a 2xx API answer not in JSON): ")
                .append(r.badBodies().size())
                .append(r.badBodies().size() == EXAMPLES ? "+" : "")
                .append('\n');
        r.badBodies().forEach(e -> out.append("  ").append(e).append('\n'));
        out.append("Unanswered: ").append(r.unanswered().size()).append('\n');
        r.unanswered().forEach(e -> out.append("  ").append(e).append('\n'));
        out.append("Slowest answer: ")
                .append(r.slowestMs())
                .append(" ms, ")
                .append(r.slowest())
                .append('\n');
        out.append("Failures: ").append(r.failures()).append('\n');
        return out.toString();
    }
}
