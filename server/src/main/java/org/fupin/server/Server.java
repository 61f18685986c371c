package org.fupin.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.fupin.corpus.CorpusException;
import org.fupin.http.AdminConfig;
import org.fupin.http.App;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;
import org.fupin.query.GlossaryExpander;
import org.fupin.query.bilingual.Glossary;
import org.fupin.search.IndexHandle;
import org.fupin.search.IndexRefresher;
import org.fupin.search.Reindexer;
import org.fupin.search.SearchService;
import org.fupin.search.SearchWarmer;
import org.fupin.search.suggest.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server wired as {@code serve} runs it: the index (built from the seeds first when the folder holds none), the
 * search service and its warmer, the refresher that picks up external rebuilds, suggestions, the admin API and the
 * started Javalin app. {@link Main} and the tests start it alike, so a test exercises the wiring users run;
 * {@link #close()} stops the app and releases the index.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    /**
     * What {@code serve} fixes and a test may change.
     *
     * @param refreshPeriod how often the index folder is checked for a commit published by another process
     * @param rebuild       how {@code POST /api/admin/reindex} writes the index
     */
    public record Wiring(Duration refreshPeriod, Reindexer.Build rebuild) {

        public Wiring {
            Objects.requireNonNull(refreshPeriod, "refreshPeriod");
            Objects.requireNonNull(rebuild, "rebuild");
        }

        /** {@code serve}'s: a check every {@link Main#EXTERNAL_REBUILD_CHECK}, rebuilds by {@link IndexBuilder}. */
        public static Wiring defaults() {
            return new Wiring(Main.EXTERNAL_REBUILD_CHECK, IndexBuilder::build);
        }
    }

    private final IndexHandle index;
    private final IndexRefresher refresher;
    private final Suggestions suggestions;
    private final Javalin app;

    private Server(IndexHandle index, IndexRefresher refresher, Suggestions suggestions, Javalin app) {
        this.index = index;
        this.refresher = refresher;
        this.suggestions = suggestions;
        this.app = app;
    }

    /** Starts as {@code serve} does; returns once the app listens. */
    public static Server start(ServerConfig config) throws IOException, CorpusException {
        return start(config, Wiring.defaults());
    }

    /**
     * Starts with {@code wiring} in place of {@code serve}'s; returns once the app listens.
     *
     * @throws Main.GlossaryException when the user's glossary file cannot be used
     */
    public static Server start(ServerConfig config, Wiring wiring) throws IOException, CorpusException {
        Glossary glossary = Main.glossary(config.glossary());
        if (!IndexBuilder.indexExists(config.index())) {
            LOG.info(
                    "no index in {}; building it from {}",
                    config.index().toAbsolutePath(),
                    config.seeds().toAbsolutePath());
            BuildSummary summary = IndexBuilder.build(config.seeds(), config.index());
            LOG.info("built {} sections from {} files in {} ms", summary.sections(), summary.files(), summary.millis());
        }
        IndexHandle index = IndexHandle.open(config.index());
        IndexRefresher refresher = null;
        Suggestions suggestions = null;
        try {
            SearchService service =
                    new SearchService(index, config.limits(), new GlossaryExpander(glossary), Main.version());
            AdminConfig admin =
                    new AdminConfig(config.adminToken(), new Reindexer(config.seeds(), index, wiring.rebuild()));
            refresher = IndexRefresher.start(index, wiring.refreshPeriod());
            SearchWarmer.install(index, service);
            suggestions = new Suggestions(index, glossary);
            suggestions.warm();
            Javalin app = App.create(service, config.http(), admin, suggestions).start();
            return new Server(index, refresher, suggestions, app);
        } catch (IOException | RuntimeException e) {
            if (refresher != null) {
                refresher.close();
            }
            if (suggestions != null) {
                suggestions.close();
            }
            index.close();
            throw e;
        }
    }

    /** The started app. */
    public Javalin app() {
        return app;
    }

    /** The port the app listens on (the chosen one when the configuration asked for port 0). */
    public int port() {
        return app.port();
    }

    /** The served index. */
    public IndexHandle index() {
        return index;
    }

    /** Stops the app, then the refresher, then releases suggestions and the index. */
    @Override
    public void close() throws IOException {
        app.stop();
        refresher.close();
        try {
            suggestions.close();
        } finally {
            index.close();
        }
    }
}
