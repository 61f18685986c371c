package org.fupin.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * A Solr home folder with {@code solr.xml} and one core, {@value #CORE}, found by core discovery. The configuration
 * files are written from this module's resources on every start, so a rebuilt peer never serves a stale schema; the
 * index under {@code sections/data} is kept between starts.
 */
final class SolrHome {

    /** The core's name, which is also its URL path: {@code /solr/sections}. */
    static final String CORE = "sections";

    private static final List<String> CONF_FILES = List.of("solrconfig.xml", "schema.xml");

    private final Path folder;

    private SolrHome(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code solr.xml}, the core's {@code core.properties} and its {@code conf/} into {@code folder}. */
    static SolrHome write(Path folder) throws IOException {
        Path core = folder.resolve(CORE);
        Files.createDirectories(core.resolve("conf"));
        copy("solr.xml", folder.resolve("solr.xml"));
        Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
        for (String file : CONF_FILES) {
            copy("conf/" + file, core.resolve("conf").resolve(file));
        }
        return new SolrHome(folder);
    }

    /** The home folder. */
    Path folder() {
        return folder;
    }

    /** The core's Lucene index folder (Solr's default data dir). */
    Path indexFolder() {
        return folder.resolve(CORE).resolve("data").resolve("index");
    }

    /** Where the peer records a finished load, so that a restart over the same JSON lines skips it. */
    Path loadRecord() {
        return folder.resolve(CORE).resolve("loaded.properties");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(SolrHome.class.getResourceAsStream(resource), "missing resource " + resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
