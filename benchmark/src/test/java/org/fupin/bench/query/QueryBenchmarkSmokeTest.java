package org.fupin.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fupin.bench.CorpusGenerator;
import org.fupin.bench.IndexBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query benchmark end to end: 2,000 generated sections, the index benchmark, the real server jar as a child
 * process, a second of each phase. Checks correctness only (every search answered, every phase recorded), never timing.
 */
class QueryBenchmarkSmokeTest {

    private static final Path SEEDS = Path.of(System.getProperty("fupin.seeds", "../seeds"));
    private static final Path SERVER_JAR =
            Path.of(System.getProperty("fupin.serverJar", "../server/target/fupin-server.jar"));

    @Test
    void everySearchOfTheMixIsAnsweredInEveryPhase(@TempDir Path work) throws Exception {
        Path corpus = work.resolve("corpus");
        Path index = work.resolve("index");
        CorpusGenerator.generate(new CorpusGenerator.Config(SEEDS, corpus, 2_000, 42));
        IndexBenchmark.run(corpus, index);
        QueryBenchmark.Config config = new QueryBenchmark.Config(
                SERVER_JAR,
                index,
                corpus,
                List.of("-Xmx256m"),
                Duration.ofSeconds(1),
                4,
                Duration.ofSeconds(1),
                List.of(1, 8, 32),
                work.resolve("server.log"));

        QueryBenchmark.Result result = QueryBenchmark.run(config);

        assertEquals(2_000, result.sections());
        assertEquals(QueryMix.standard().size(), result.checks().size());
        assertEquals(0, result.failedChecks(), () -> QueryBenchmark.table(result));
        assertEquals(
                List.of("warmup", "c1", "c8", "c32"),
                result.phases().stream().map(PhaseResult::name).toList());
        for (PhaseResult phase : result.phases()) {
            assertEquals(0, phase.errors(), () -> phase.name() + " " + phase.errorKinds());
            assertTrue(phase.requests() > 0, phase.name() + " made requests");
            assertTrue(
                    phase.p50Ms() > 0 && phase.p50Ms() <= phase.p99Ms() && phase.p99Ms() <= phase.maxMs(),
                    phase.name() + " percentiles in order");
            assertTrue(
                    phase.serverRssBytes() > 0 && phase.serverHwmBytes() >= phase.serverRssBytes(),
                    phase.name() + " server memory read");
        }
        assertTrue(
                result.checks().stream()
                        .filter(c -> c.path().matches("/api/search\\?q=[a-z]+&size=10"))
                        .allMatch(c -> c.total() > 0),
                "every unfiltered English single-word search finds something");
        assertTrue(QueryBenchmark.table(result).contains("c32"));
        assertTrue(Files.size(work.resolve("server.log")) > 0, "server log written");
    }

    @Test
    void mixHasAtLeastFiftySearchesWithAndWithoutFilters() {
        List<QueryMix.Query> mix = QueryMix.standard();

        long filtered = mix.stream().filter(QueryMix.Query::filtered).count();

        assertTrue(mix.size() >= 50, "mix size " + mix.size());
        assertTrue(filtered >= 10 && filtered < mix.size() - 10, "filtered " + filtered);
        assertTrue(mix.stream()
                .allMatch(q -> q.path().startsWith("/api/search?q=") && q.path().endsWith("&size=10")));
        assertEquals(
                "/api/search?q=%E9%9B%A8%E9%9C%B2%E8%AE%A1%E5%88%92&province=%E6%B2%B3%E5%8D%97&size=10",
                mix.stream()
                        .filter(q -> q.q().equals("雨露计划") && q.filtered())
                        .findFirst()
                        .orElseThrow()
                        .path());
    }
}
