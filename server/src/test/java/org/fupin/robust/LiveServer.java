package org.fupin.robust;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fupin.http.AdminConfig;
import org.fupin.http.App;
import org.fupin.http.HttpConfig;
import org.fupin.index.IndexBuilder;
import org.fupin.query.GlossaryExpander;
import org.fupin.query.bilingual.Glossary;
import org.fupin.search.IndexHandle;
import org.fupin.search.IndexRefresher;
import org.fupin.search.Reindexer;
import org.fupin.search.SearchLimits;
import org.fupin.search.SearchService;
import org.fupin.search.SearchWarmer;

/**
 * The real server wired as {@code serve} wires it (bundled glossary, admin API, external-rebuild refresher) on a free
 * port.
 */
final class LiveServer implements AutoCloseable {

    /** The seed reports, relative to the server module. */
    static final Path SEEDS = Path.of("..", "seeds");

    final IndexHandle index;
    final Javalin app;
    private final IndexRefresher refresher;

    private LiveServer(IndexHandle index, Javalin app, IndexRefresher refresher) {
        this.index = index;
        this.app = app;
        this.refresher = refresher;
    }

    /** Starts over the index in {@code indexDir} (building it from {@code seeds} when absent). */
    static LiveServer start(Path indexDir, Path seeds, SearchLimits limits, String adminToken, Duration refreshPeriod)
            throws Exception {
        return start(indexDir, seeds, limits, adminToken, refreshPeriod, IndexBuilder::build);
    }

    /** Starts as above, with admin re-indexes written by {@code rebuild}. */
    static LiveServer start(
            Path indexDir,
            Path seeds,
            SearchLimits limits,
            String adminToken,
            Duration refreshPeriod,
            Reindexer.Build rebuild)
            throws Exception {
        if (!IndexBuilder.indexExists(indexDir)) {
            IndexBuilder.build(seeds, indexDir);
        }
        IndexHandle index = IndexHandle.open(indexDir);
        SearchService service = new SearchService(index, limits, new GlossaryExpander(Glossary.bundled()), "test");
        SearchWarmer.install(index, service);
        AdminConfig admin = new AdminConfig(adminToken, new Reindexer(seeds, index, rebuild));
        Javalin app = App.create(service, new HttpConfig("127.0.0.1", 0), admin).start();
        return new LiveServer(index, app, IndexRefresher.start(index, refreshPeriod));
    }

    /** The seed index with default limits and no admin API. */
    static LiveServer seeds(Path indexDir) throws Exception {
        return start(indexDir, SEEDS, SearchLimits.defaults(), null, Duration.ofSeconds(5));
    }

    int port() {
        return app.port();
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() throws IOException {
        refresher.close();
        app.stop();
        index.close();
    }

    /** Deletes a temporary folder created by a test (jqwik has no {@code @TempDir}). */
    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
