package org.fupin.bench.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.bench.Args;
import org.fupin.bench.query.EndToEnd;
import org.fupin.bench.query.QueryMix;
import org.fupin.bench.query.ServerProcess;
import org.fupin.corpus.CorpusException;
import org.fupin.index.SectionExport;

/**
 * The {@code compare} command: Fupin Search against Solr on the same sections and the same searches, side by side.
 * It prepares a work folder (corpus, our index, the sections exported as JSON lines), then for each cache mode starts
 * the Solr peer (which loads the JSON lines the first time) and our server as child processes, checks every search on
 * every engine, warms both up, measures one client alternating between the engines query by query and eight clients
 * per engine in alternating slices, reads both processes' resident memory, and stops them. Prints the table and
 * writes everything as JSON.
 */
public final class Comparison {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> OPTIONS = Set.of(
            "work",
            "sections",
            "seeds",
            "seed",
            "heap",
            "jvm",
            "warmup",
            "warmup-clients",
            "duration",
            "slice",
            "clients",
            "caches",
            "server-jar",
            "solr-jar",
            "out");
    private static final Pattern LOADED =
            Pattern.compile("solr-peer loaded: sections=(\\d+) millis=(\\d+) index_bytes=(\\d+) reused=(true|false)");
    /** Loading 1M sections into Solr takes minutes on two cores; its port is logged only after the load. */
    private static final Duration SOLR_STARTUP = Duration.ofHours(2);

    private static final Duration SERVER_STARTUP = Duration.ofMinutes(3);

    /**
     * What to run.
     *
     * @param serverJar     the shaded {@code fupin-server.jar}
     * @param solrJar       {@code solr-peer/target/fupin-solr-peer.jar} (with its {@code lib/} beside it)
     * @param work          the work folder ({@code corpus/}, {@code index/}, {@code sections.jsonl}, {@code solr/})
     * @param jvmArgs       JVM options of both servers (heap, collector), the same for both
     * @param warmup        warm-up time per cache mode (both engines, alternating), not measured
     * @param warmupClients clients during the warm-up
     * @param duration      measured time per engine in each phase
     * @param slice         length of one engine's turn in the throughput phase
     * @param clients       clients of the throughput phase
     * @param caches        the cache modes to run, in order ({@code false}: off, {@code true}: on)
     * @param mix           the searches
     */
    public record Config(
            Path serverJar,
            Path solrJar,
            Path work,
            List<String> jvmArgs,
            Duration warmup,
            int warmupClients,
            Duration duration,
            Duration slice,
            int clients,
            List<Boolean> caches,
            List<QueryMix.Query> mix) {

        public Config {
            Objects.requireNonNull(work, "work");
            jvmArgs = List.copyOf(jvmArgs);
            caches = List.copyOf(caches);
            mix = List.copyOf(mix);
            if (caches.isEmpty() || mix.isEmpty() || clients < 1 || warmupClients < 1) {
                throw new IllegalArgumentException("a cache mode, a search, a client and a warm-up client are needed");
            }
        }
    }

    /**
     * An index build: ours from the reports, Solr's from the exported JSON lines.
     *
     * @param millis     wall time, or -1 when not measured (an index built outside the benchmark)
     * @param indexBytes size of the index folder
     */
    public record Build(long millis, long indexBytes) {}

    /**
     * One cache mode.
     *
     * @param caches     whether caches were on (ours: Lucene's query cache; Solr's filter, query-result and document caches)
     * @param checks     every engine's answer to every search
     * @param warmup     the warm-up, per engine
     * @param oneClient  one client alternating between the engines query by query
     * @param throughput eight clients per engine, in alternating slices
     * @param memory     resident memory of our server and of the Solr process after the phases
     * @param commands   how each process was started
     */
    public record Mode(
            boolean caches,
            List<Check> checks,
            List<EngineStats> warmup,
            List<EngineStats> oneClient,
            List<EngineStats> throughput,
            Map<String, ServerProcess.Memory> memory,
            Map<String, List<String>> commands) {}

    /**
     * The whole comparison.
     *
     * @param sections   sections each engine holds (the same number, checked)
     * @param fupinBuild our index build
     * @param solrLoad   Solr's load of the exported sections
     * @param modes      each cache mode
     * @param processors processors of the machine (both servers and the client share them)
     * @param javaVersion the JVM's version
     * @param finishedAt when the run finished
     */
    public record Result(
            long sections,
            Build fupinBuild,
            Build solrLoad,
            List<Mode> modes,
            int processors,
            String javaVersion,
            String finishedAt) {}

    private Comparison() {}

    /** CLI: {@code --work DIR --sections N} and the options above; see docs/BENCHMARKS.md. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, OPTIONS);
        Path work = a.path("work");
        EndToEnd.Workspace workspace = EndToEnd.prepare(a, work);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + a.string("heap", "512m"), "-XX:+UseSerialGC"));
        if (a.has("jvm")) {
            jvm.addAll(Arrays.asList(a.string("jvm", "").trim().split("\\s+")));
        }
        List<Boolean> caches = Arrays.stream(a.string("caches", "off,on").split(","))
                .map(String::strip)
                .map(c -> switch (c) {
                    case "off" -> false;
                    case "on" -> true;
                    default -> throw new IllegalArgumentException("--caches takes off, on or off,on, not " + c);
                })
                .toList();
        Config config = new Config(
                a.path("server-jar", Path.of("server", "target", "fupin-server.jar")),
                a.path("solr-jar", Path.of("solr-peer", "target", "fupin-solr-peer.jar")),
                work,
                jvm,
                a.duration("warmup", Duration.ofSeconds(60)),
                (int) a.number("warmup-clients", 8),
                a.duration("duration", Duration.ofSeconds(20)),
                a.duration("slice", Duration.ofSeconds(5)),
                (int) a.number("clients", 8),
                caches,
                QueryMix.standard());
        Result result = run(config, workspace);
        write(result, a.path("out", work.resolve("compare.json")));
    }

    /** Prints the table and writes the JSON. */
    public static void write(Result result, Path out) throws IOException {
        System.out.print(ComparisonTable.render(result));
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), result);
        System.out.println("Wrote " + out);
    }

    /** Runs the comparison over a prepared work folder (corpus and our index). */
    public static Result run(Config config, EndToEnd.Workspace workspace)
            throws IOException, InterruptedException, CorpusException {
        ServerProcess.requireJar(
                config.serverJar(),
                "build it with mvn -q -pl benchmark,server,solr-peer -am package"
                        + " -DskipTests, or pass --server-jar");
        ServerProcess.requireJar(
                config.solrJar(),
                "build it with mvn -q -pl benchmark,server,solr-peer -am package" + " -DskipTests, or pass --solr-jar");
        Path jsonl = export(workspace.corpus(), config.work().resolve("sections.jsonl"));
        Build fupinBuild = workspace.build() == null
                ? new Build(-1, folderBytes(workspace.index()))
                : new Build(workspace.build().wallMillis(), workspace.build().indexBytes());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Mode> modes = new ArrayList<>();
        Build solrLoad = null;
        long sections = -1;
        for (boolean caches : config.caches()) {
            String name = caches ? "caches-on" : "caches-off";
            try (ServerProcess solr =
                            startSolr(config, jsonl, caches, config.work().resolve(name + ".solr.log"));
                    ServerProcess fupin =
                            startFupin(config, workspace, caches, config.work().resolve(name + ".server.log"))) {
                Matcher loaded = LOADED.matcher(solr.logText());
                if (!loaded.find()) {
                    throw new IOException("the Solr peer did not report its load; see " + solr.log());
                }
                solrLoad = new Build(Long.parseLong(loaded.group(2)), Long.parseLong(loaded.group(3)));
                sections = Long.parseLong(loaded.group(1));
                long ours = JSON.readTree(client.send(
                                        HttpRequest.newBuilder(fupin.base().resolve("/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body())
                        .path("sections")
                        .asLong();
                if (ours != sections) {
                    throw new IOException("our index holds " + ours + " sections and Solr " + sections
                            + "; they must index the same sections (delete " + config.work() + "/solr and rerun)");
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s: Fupin Search pid %d port %d, Solr pid %d port %d, %,d sections each%n",
                        name,
                        fupin.pid(),
                        fupin.port(),
                        solr.pid(),
                        solr.port(),
                        sections);
                modes.add(measure(config, client, caches, fupin, solr));
            }
        }
        return new Result(
                sections,
                fupinBuild,
                solrLoad,
                modes,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(),
                Instant.now().toString());
    }

    private static Mode measure(
            Config config, HttpClient client, boolean caches, ServerProcess fupin, ServerProcess solr)
            throws IOException, InterruptedException {
        List<ComparePhase.Target> targets = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            ServerProcess process = engine.solr() ? solr : fupin;
            List<HttpRequest> requests = config.mix().stream()
                    .map(q -> HttpRequest.newBuilder(
                                    process.base().resolve(engine.solr() ? SolrRequests.path(q, engine) : q.path()))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build())
                    .toList();
            targets.add(new ComparePhase.Target(engine, requests, process));
        }
        List<Check> checks = new ArrayList<>();
        for (int q = 0; q < config.mix().size(); q++) {
            for (ComparePhase.Target target : targets) {
                HttpResponse<String> r = client.send(target.requests().get(q), HttpResponse.BodyHandlers.ofString());
                checks.add(Check.of(target.engine(), config.mix().get(q).toString(), r.statusCode(), r.body()));
            }
        }
        ComparePhase load = new ComparePhase(client);
        List<EngineStats> warmup =
                announce(load.alternating("warmup", config.warmupClients(), config.warmup(), targets));
        List<EngineStats> one =
                announce(load.alternating("c1", 1, config.duration().multipliedBy(targets.size()), targets));
        List<EngineStats> many = announce(
                load.sliced("c" + config.clients(), config.clients(), config.duration(), config.slice(), targets));
        return new Mode(
                caches,
                checks,
                warmup,
                one,
                many,
                Map.of("fupin", fupin.memory(), "solr", solr.memory()),
                Map.of("fupin", fupin.command(), "solr", solr.command()));
    }

    private static ServerProcess startSolr(Config config, Path jsonl, boolean caches, Path log)
            throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(config.jvmArgs());
        jvm.add("--enable-native-access=ALL-UNNAMED");
        List<String> command = new ArrayList<>(ServerProcess.java(jvm));
        command.addAll(List.of(
                "-jar",
                config.solrJar().toAbsolutePath().toString(),
                "--home",
                config.work().resolve("solr").toAbsolutePath().toString(),
                "--jsonl",
                jsonl.toAbsolutePath().toString(),
                "--caches",
                caches ? "on" : "off",
                "--port",
                "0"));
        System.out.println("Starting the Solr peer (it loads " + jsonl + " unless it holds it already); log " + log);
        return ServerProcess.launch(command, log, SolrRequests.SELECT + "?q=*:*&rows=0", SOLR_STARTUP);
    }

    private static ServerProcess startFupin(Config config, EndToEnd.Workspace workspace, boolean caches, Path log)
            throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(config.jvmArgs());
        if (!caches) {
            jvm.add("-Dfupin.queryCache=false");
            jvm.add("-Dfupin.resultCache=false");
        }
        return ServerProcess.start(config.serverJar(), workspace.index(), workspace.corpus(), jvm, log);
    }

    /** Writes {@code WORK/sections.jsonl} from the corpus unless it is there already. */
    private static Path export(Path corpus, Path jsonl) throws IOException, CorpusException {
        if (Files.isRegularFile(jsonl)) {
            System.out.println("Reusing the exported sections in " + jsonl);
            return jsonl;
        }
        SectionExport.Summary s = SectionExport.export(corpus, jsonl);
        System.out.printf(
                Locale.ROOT, "Exported %,d sections to %s in %.1f s%n", s.sections(), jsonl, s.millis() / 1000.0);
        return jsonl;
    }

    private static List<EngineStats> announce(List<EngineStats> stats) {
        for (EngineStats s : stats) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-6s %-42s %,7d requests  p50 %7.2f ms  p99 %7.2f ms  %7.1f req/s  %d errors%n",
                    s.phase(),
                    s.engine().label(),
                    s.requests(),
                    s.p50Ms(),
                    s.p99Ms(),
                    s.requestsPerSecond(),
                    s.errors());
        }
        return stats;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
