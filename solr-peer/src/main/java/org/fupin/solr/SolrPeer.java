package org.fupin.solr;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.lucene.util.Version;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * {@code java -jar fupin-solr-peer.jar --home DIR --jsonl FILE [--port 0] [--caches on|off]}: starts a real Solr 9
 * on 127.0.0.1 with one standalone core of our fields, loads the JSON lines (unless this home already holds a load of
 * the same file), prints {@code solr-peer loaded: …} and then {@code listening on http://127.0.0.1:PORT/solr/sections}
 * when it is ready, and serves until it is stopped (SIGTERM). Exit status 2 on bad usage, 1 when Solr cannot start
 * or load.
 */
public final class SolrPeer {

    private SolrPeer() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(
                    "usage: java -jar fupin-solr-peer.jar --home DIR --jsonl FILE [--port 0] [--caches on|off]");
            System.exit(2);
            return;
        }
        // A Lucene 10 jar ahead of Solr's Lucene 9 on the classpath would fail later in obscure ways; say so now.
        if (Version.LATEST.major != 9) {
            System.err.println("error: the Solr peer runs on Lucene " + Version.LATEST + ", not Solr's Lucene 9");
            System.exit(1);
        }
        try {
            run(options);
        } catch (Exception e) {
            System.err.println("error: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Options options) throws Exception {
        // Read by solrconfig.xml: enabled="${fupin.solr.caches:true}" on the filter, query-result and document caches.
        System.setProperty("fupin.solr.caches", Boolean.toString(options.caches()));
        SolrHome home = SolrHome.write(options.home());
        // Solr's start-up logs an error without it; our log4j2.xml writes warnings to stderr only, no files.
        System.setProperty("solr.log.dir", home.folder().resolve("logs").toString());
        JettySolrRunner solr = new JettySolrRunner(
                home.folder().toString(),
                new Properties(),
                JettyConfig.builder()
                        .setPort(options.port())
                        .stopAtShutdown(true)
                        .build());
        solr.start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                solr.stop();
                            } catch (Exception e) {
                                System.err.println("error stopping Solr: " + e);
                            }
                        },
                        "solr-peer-stop"));

        URI core = URI.create(solr.getBaseUrl() + "/" + SolrHome.CORE + "/");
        JsonlLoader loader = new JsonlLoader(core);
        Load previous = Load.read(home.loadRecord());
        boolean reuse = previous != null && previous.isOf(options.jsonl()) && loader.count() == previous.sections();
        Load load = reuse ? previous : loader.load(options.jsonl(), home.indexFolder());
        if (!reuse) {
            load.save(home.loadRecord());
        }
        System.out.printf(
                "solr-peer: Solr %s on Lucene %s, caches %s%n",
                org.apache.solr.client.api.util.SolrVersion.LATEST, Version.LATEST, options.caches() ? "on" : "off");
        System.out.println(load.line(reuse));
        System.out.println("listening on " + core);
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * The command line.
     *
     * @param home   the Solr home folder (created; the index in it is kept between starts)
     * @param jsonl  the sections exported by {@code fupin-indexer --export-jsonl}
     * @param port   the port, 0 for a free one
     * @param caches whether Solr's filter, query-result and document caches are on
     */
    record Options(Path home, Path jsonl, int port, boolean caches) {

        static Options parse(String[] args) {
            Path home = null;
            Path jsonl = null;
            int port = 0;
            boolean caches = true;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--home" -> home = Path.of(value);
                    case "--jsonl" -> jsonl = Path.of(value);
                    case "--port" -> port = Integer.parseInt(value);
                    case "--caches" ->
                        caches = switch (value) {
                            case "on" -> true;
                            case "off" -> false;
                            default -> throw new IllegalArgumentException("--caches takes on or off, not " + value);
                        };
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (home == null || jsonl == null) {
                throw new IllegalArgumentException("--home and --jsonl are required");
            }
            if (!Files.isRegularFile(jsonl)) {
                throw new IllegalArgumentException("no JSON-lines file at " + jsonl.toAbsolutePath()
                        + "; write one with fupin-indexer --export-jsonl");
            }
            return new Options(home, jsonl, port, caches);
        }
    }
}
