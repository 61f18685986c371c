package org.fupin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The manifest a generated corpus carries: {@code manifest.tsv}, one line per chapter after a header line. */
public final class Manifest {

    /** The manifest's file name inside the corpus folder (not a {@code .txt}, so the indexer skips it). */
    public static final String FILE_NAME = "manifest.tsv";

    static final String HEADER = "file\tchapter\tprovince\tyear\tsections\tlayout\theadings…";

    private Manifest() {}

    /** Reads the manifest of a generated corpus folder. */
    public static List<ManifestEntry> read(Path corpusFolder) throws IOException {
        List<String> lines = Files.readAllLines(corpusFolder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().startsWith("file\tchapter\tprovince\tyear\tsections")) {
            throw new IOException("not a generator manifest: " + corpusFolder.resolve(FILE_NAME));
        }
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(ManifestEntry::fromTsv)
                .toList();
    }

    /** Total sections a manifest promises. */
    public static long sections(List<ManifestEntry> entries) {
        return entries.stream().mapToLong(ManifestEntry::sections).sum();
    }
}
