package org.fupin.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import org.fupin.http.App;
import org.fupin.http.HttpConfig;
import org.fupin.query.GlossaryExpander;
import org.fupin.search.IndexHandle;
import org.fupin.search.Reindexer;
import org.fupin.search.SearchLimits;
import org.fupin.search.SearchService;
import org.fupin.search.SearchWarmer;
import org.fupin.testing.SeedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first user request after a start or a rebuild is not a cold one: the searcher open at start-up and every new
 * index generation run the warm-up searches before requests reach them, and the started server answers one search
 * over HTTP to itself. Proven by counting what ran, never by timing.
 */
class WarmUpTest {

    /** The default limits with room for a cold search on a loaded two-core machine: this test counts, never times. */
    private static final SearchLimits PATIENT =
            new SearchLimits(1_000, 64, 100, 10_000, Duration.ofMinutes(1), 8, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    @Test
    void startupSearcherAndEveryNewIndexGenerationAreWarmed() throws Exception {
        // This test rebuilds the index: its own copy of the seed index.
        try (IndexHandle index = IndexHandle.open(SeedIndex.copyInto(dir))) {
            SearchService service = serviceOver(index);

            SearchWarmer warmer = SearchWarmer.install(index, service);

            assertEquals(1, warmer.searchersWarmed(), "the searcher open at start-up");
            int perSearcher = warmer.searchesRun();
            assertEquals(5, perSearcher, "every warm-up search ran without error on the seed index");

            new Reindexer(SeedIndex.SEEDS, index).rebuild();

            assertEquals(2, warmer.searchersWarmed(), "the new generation, warmed before it was published");
            assertEquals(2 * perSearcher, warmer.searchesRun());
        }
    }

    @Test
    void startedServerAnswersOneSearchOverHttpAndAFailureIsNotFatal() throws Exception {
        try (IndexHandle index = IndexHandle.open(SeedIndex.path())) {
            SearchService service = serviceOver(index);
            Javalin app = App.create(service, new HttpConfig("127.0.0.1", 0)).start();
            int port = app.port();
            try {
                assertEquals(200, Main.warmOverHttp("127.0.0.1", port));
                assertEquals(200, Main.warmOverHttp("0.0.0.0", port), "a wildcard bind is reached on loopback");
            } finally {
                app.stop();
            }

            assertEquals(-1, Main.warmOverHttp("127.0.0.1", port), "a stopped server: logged, not thrown");
        }
    }

    private static SearchService serviceOver(IndexHandle index) {
        return new SearchService(index, PATIENT, GlossaryExpander.bundled(), "test");
    }
}
