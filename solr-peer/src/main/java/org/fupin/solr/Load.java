package org.fupin.solr;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What loading the JSON lines into the core took, recorded beside the core so that a restart over the same file
 * reports the original load instead of loading again.
 *
 * @param source      the JSON-lines file, as given
 * @param sourceBytes its size, part of what identifies it
 * @param sourceMtime its modification time in milliseconds, the other part
 * @param sections    documents in the core after the commit
 * @param millis      wall time from the first batch sent to the commit done
 * @param indexBytes  size of the core's index folder after the commit
 */
record Load(String source, long sourceBytes, long sourceMtime, long sections, long millis, long indexBytes) {

    /** Whether this load was of {@code file} as it is now. */
    boolean isOf(Path file) throws IOException {
        return source.equals(file.toAbsolutePath().toString())
                && sourceBytes == Files.size(file)
                && sourceMtime == Files.getLastModifiedTime(file).toMillis();
    }

    /** The one line the peer prints (and the benchmark reads) once Solr holds the sections. */
    String line(boolean reused) {
        return String.format(
                "solr-peer loaded: sections=%d millis=%d index_bytes=%d reused=%b",
                sections, millis, indexBytes, reused);
    }

    void save(Path record) throws IOException {
        Properties p = new Properties();
        p.setProperty("source", source);
        p.setProperty("source_bytes", Long.toString(sourceBytes));
        p.setProperty("source_mtime", Long.toString(sourceMtime));
        p.setProperty("sections", Long.toString(sections));
        p.setProperty("millis", Long.toString(millis));
        p.setProperty("index_bytes", Long.toString(indexBytes));
        try (Writer out = Files.newBufferedWriter(record)) {
            p.store(out, "a completed load of the Solr peer");
        }
    }

    /** The recorded load, or null when there is none or it cannot be read (then the peer loads again). */
    static Load read(Path record) {
        if (!Files.isRegularFile(record)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record)) {
            p.load(in);
            return new Load(
                    p.getProperty("source"),
                    Long.parseLong(p.getProperty("source_bytes")),
                    Long.parseLong(p.getProperty("source_mtime")),
                    Long.parseLong(p.getProperty("sections")),
                    Long.parseLong(p.getProperty("millis")),
                    Long.parseLong(p.getProperty("index_bytes")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
