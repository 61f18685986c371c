package org.fupin.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fupin.bench.Args;
import org.fupin.bench.query.EndToEnd;
import org.fupin.bench.query.QueryMix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr comparison end to end on a tiny corpus: 300 generated sections, our index, the JSON-lines export, the real
 * Solr peer jar and the real server jar as processes, a handful of searches, a second per phase, caches off (caches on is the same code with
 * another flag; a second pair of processes would double the test's time).
 * Checks that both engines answered every search completely and that the report has its rows; never timing.
 */
class ComparisonSmokeTest {

    private static final String SEEDS = System.getProperty("fupin.seeds", "../seeds");
    private static final Path SERVER_JAR =
            Path.of(System.getProperty("fupin.serverJar", "../server/target/fupin-server.jar"));
    private static final Path SOLR_JAR =
            Path.of(System.getProperty("fupin.solrJar", "../solr-peer/target/fupin-solr-peer.jar"));

    @Test
    void bothEnginesAnswerEverySearchAndTheReportHasEveryRow(@TempDir Path work) throws Exception {
        EndToEnd.Workspace workspace = EndToEnd.prepare(
                Args.parse(new String[] {"--sections", "300", "--seeds", SEEDS}, Set.of("sections", "seeds")), work);
        List<QueryMix.Query> mix = handful();
        Comparison.Config config = new Comparison.Config(
                SERVER_JAR,
                SOLR_JAR,
                work,
                List.of("-Xmx256m", "-XX:+UseSerialGC"),
                Duration.ofSeconds(1),
                2,
                Duration.ofSeconds(1),
                Duration.ofMillis(500),
                8,
                List.of(false),
                mix);

        Comparison.Result result = Comparison.run(config, workspace);

        assertEquals(300, result.sections());
        assertTrue(result.fupinBuild().millis() > 0 && result.fupinBuild().indexBytes() > 0);
        assertTrue(result.solrLoad().millis() > 0 && result.solrLoad().indexBytes() > 0);
        assertEquals(1, result.modes().size());
        for (Comparison.Mode mode : result.modes()) {
            assertEquals(mix.size() * Engine.values().length, mode.checks().size());
            assertTrue(mode.checks().stream().allMatch(Check::ok), () -> ComparisonTable.render(result));
            for (Engine engine : Engine.values()) {
                assertTrue(
                        mode.checks().stream().anyMatch(c -> c.engine() == engine && c.total() > 0),
                        engine + " found sections");
            }
            for (List<EngineStats> phase : List.of(mode.warmup(), mode.oneClient(), mode.throughput())) {
                assertEquals(Engine.values().length, phase.size());
                for (EngineStats s : phase) {
                    assertTrue(s.requests() > 0, s.phase() + " " + s.engine() + " made requests");
                    assertEquals(0, s.errors(), () -> s.phase() + " " + s.engine() + " " + s.errorKinds());
                }
            }
            assertTrue(mode.memory().get("fupin").rssBytes() > 0
                    && mode.memory().get("solr").rssBytes() > 0);
        }
        String table = ComparisonTable.render(result);
        assertTrue(table.contains("caches off"), table);
        for (Engine engine : Engine.values()) {
            assertEquals(
                    1,
                    table.lines()
                            .filter(l -> l.startsWith(engine.label())
                                    && l.substring(engine.label().length()).matches("\\s+\\d.*"))
                            .count(),
                    table);
        }
        Path out = work.resolve("compare.json");
        Comparison.write(result, out);
        assertTrue(Files.size(out) > 0);
    }

    /** One search of each kind, one of them filtered: enough to exercise every request shape. */
    private static List<QueryMix.Query> handful() {
        List<QueryMix.Query> mix = new ArrayList<>();
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            QueryMix.standard().stream()
                    .filter(q -> q.kind() == kind)
                    .findFirst()
                    .ifPresent(mix::add);
        }
        QueryMix.standard().stream()
                .filter(q -> q.kind() == QueryMix.Kind.CHINESE && q.filtered())
                .findFirst()
                .ifPresent(mix::add);
        return mix;
    }
}
