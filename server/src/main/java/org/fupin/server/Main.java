package org.fupin.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import org.fupin.cli.IndexerMain;
import org.fupin.corpus.CorpusException;
import org.fupin.query.bilingual.Glossary;
import org.fupin.query.bilingual.GlossaryFormatException;
import org.fupin.search.SearchWarmer;
import org.fupin.search.UnreadableIndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar fupin-server.jar serve [--port 7070] [--host 0.0.0.0] [--index data/index] [--seeds seeds]
 * [--glossary FILE] [--admin-token TOKEN]} or
 * {@code java -jar fupin-server.jar index [--input seeds] [--index data/index]}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** How often {@code serve} looks for a commit published by another process (the {@code index} command). */
    public static final Duration EXTERNAL_REBUILD_CHECK = Duration.ofSeconds(5);

    /** Where the build puts the project version on the class path. */
    static final String VERSION_RESOURCE = "/org/fupin/server/version.properties";

    private Main() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> {
                ServerConfig config;
                try {
                    config = ServerConfig.from(rest, System.getenv());
                } catch (IllegalArgumentException e) {
                    err.println("error: " + e.getMessage());
                    usage(err);
                    System.exit(2);
                    return;
                }
                try {
                    serve(config);
                } catch (GlossaryException e) {
                    // A user's glossary mistake is theirs to fix: say where, without a stack trace.
                    err.println("error: " + e.getMessage());
                    System.exit(2);
                } catch (UnreadableIndexException e) {
                    // Fail fast: serving a damaged index would turn into 500s mid-request.
                    err.println("error: " + e.getMessage());
                    System.exit(3);
                } catch (CorpusException e) {
                    // The first build (no index yet) could not read --seeds: the same exit code as the indexer's.
                    err.println("error: " + e.getMessage());
                    System.exit(1);
                } catch (IOException e) {
                    // The first build could not write the index (a full disk): the indexer's exit code, no stack trace.
                    err.println("error: could not write the index in " + config.index() + ": " + e.getMessage());
                    System.exit(3);
                }
            }
            case "index" -> IndexerMain.main(rest);
            case "--help", "-h", "help" -> usage(new PrintStream(System.out, true, StandardCharsets.UTF_8));
            default -> {
                err.println("error: unknown command: " + command);
                usage(err);
                System.exit(2);
            }
        }
    }

    /** Opens (building first if needed) the index and starts the server; returns once it listens. */
    public static Javalin serve(ServerConfig config) throws IOException, CorpusException {
        LOG.info("configuration: {}", config);
        Server server = Server.start(config);
        Javalin app = server.app();
        warmOverHttp(config.http().host(), app.port());
        LOG.info(
                "Fupin Search {} listening on http://{}:{}/ (index {})",
                version(),
                config.http().host(),
                app.port(),
                config.index().toAbsolutePath());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("shutting down");
                            try {
                                server.close();
                            } catch (IOException e) {
                                LOG.warn("closing the index failed", e);
                            }
                        },
                        "fupin-shutdown"));
        return app;
    }

    /**
     * Sends one search to the server just started, over HTTP, so that the first user's request does not pay for
     * loading and compiling Jetty's, Javalin's and Jackson's request path ({@link SearchWarmer} has warmed the search
     * itself); returns the HTTP status, or -1 when it could not be sent, which is logged and otherwise ignored.
     */
    static int warmOverHttp(String host, int port) {
        String target =
                host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        long started = System.nanoTime();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            URI uri = new URI("http", null, target, port, "/api/search", "q=rain plan&size=10", null);
            int status = client.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            LOG.info(
                    "warm-up: one search over HTTP answered {} in {} ms",
                    status,
                    (System.nanoTime() - started) / 1_000_000);
            return status;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("warm-up: the search over HTTP to {}:{} failed: {}", target, port, e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The bundled glossary, extended by the user's file when one is given; refuses a malformed or unreadable file. */
    static Glossary glossary(Path extra) {
        try {
            Glossary glossary = Glossary.load(extra);
            if (extra != null) {
                LOG.info("glossary: {} terms, including {}", glossary.size(), extra.toAbsolutePath());
            }
            return glossary;
        } catch (GlossaryFormatException e) {
            throw new GlossaryException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(extra + ": no such glossary file", e);
        } catch (IOException e) {
            throw new GlossaryException(e.getMessage() == null ? extra + ": cannot be read" : e.getMessage(), e);
        }
    }

    /** The user's glossary file cannot be used; the message names the file (and line). */
    public static final class GlossaryException extends IllegalArgumentException {

        GlossaryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The project version, which the build writes into {@code version.properties} (and the OpenAPI document), or
     * "dev" when run from sources the build did not filter.
     */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("@") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar fupin-server.jar serve [--port 7070] [--host 0.0.0.0] [--index data/index]"
                + " [--seeds seeds] [--glossary my-glossary.tsv] [--admin-token TOKEN]");
        out.println("       java -jar fupin-server.jar index [--input seeds] [--index data/index] [--quiet]"
                + " [--allow-shrink]");
        out.println("  serve builds the index from --seeds first when --index holds none; --port 0 picks a free port.");
        out.println("  Environment: FUPIN_PORT, FUPIN_HOST, FUPIN_INDEX, FUPIN_SEEDS, FUPIN_GLOSSARY, FUPIN_ADMIN_TOKEN"
                + " (flags win).");
        out.println(
                "  --glossary adds a UTF-8 glossary file (<chinese>TAB<english>[|<english>...]) to the bundled one.");
        out.println("  --admin-token enables POST /api/admin/reindex for callers sending that bearer token.");
        out.println("  A corrupt index makes serve exit with status 3; see docs/operations.md.");
    }
}
