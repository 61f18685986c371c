package org.fupin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;

/**
 * The index of the real seed reports, built once per test JVM (on first use, in a temporary folder deleted when the
 * JVM exits) and shared read-only by every test that only searches it: serving an index never writes to it. A test
 * that changes an index (re-index, corrupt it, add a report) works on its own {@link #copyInto copy} or builds its
 * own.
 */
public final class SeedIndex {

    /** The seed reports, relative to the server module (surefire's working folder). */
    public static final Path SEEDS = Path.of("..", "seeds");

    /** The Guizhou 2011 report in Chinese, the indexer's ChineseReportTest fixture. */
    public static final Path GUIZHOU_2011_ZH =
            Path.of("..", "indexer", "src", "test", "resources", "fixtures", "guizhou_2011_zh.txt");

    private static Path root;
    private static Path seeds;
    private static BuildSummary summary;
    private static Path withChinese;

    private SeedIndex() {}

    /** The shared index of the seed reports; do not write to it. */
    public static synchronized Path path() throws IOException, CorpusException {
        if (seeds == null) {
            Path dir = root().resolve("seeds-index");
            summary = IndexBuilder.build(SEEDS, dir);
            seeds = dir;
        }
        return seeds;
    }

    /** What the one build of {@link #path()} counted. */
    public static synchronized BuildSummary summary() throws IOException, CorpusException {
        path();
        return summary;
    }

    /** The shared index of the seed reports and {@link #GUIZHOU_2011_ZH} beside them; do not write to it. */
    public static synchronized Path withChineseReport() throws IOException, CorpusException {
        if (withChinese == null) {
            Path reports = copyOfSeeds(root().resolve("seeds-and-chinese"));
            Files.copy(GUIZHOU_2011_ZH, reports.resolve(GUIZHOU_2011_ZH.getFileName()));
            Path dir = root().resolve("seeds-and-chinese-index");
            IndexBuilder.build(reports, dir);
            withChinese = dir;
        }
        return withChinese;
    }

    /** A private copy of the shared seed index in {@code dir}/index, for a test that writes to it; returns it. */
    public static Path copyInto(Path dir) throws IOException, CorpusException {
        Path source = path();
        Path target = Files.createDirectories(dir.resolve("index"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                // A finished build leaves only files; its write.lock file is empty and held by no one.
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** Copies the seed reports into a new folder {@code dir}, for a test that adds or changes reports. */
    public static Path copyOfSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** Deletes a folder a test created outside JUnit's {@code @TempDir} (jqwik has none). */
    public static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path root() throws IOException {
        if (root == null) {
            Path dir = Files.createTempDirectory("fupin-shared-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "fupin-shared-index-cleanup"));
            root = dir;
        }
        return root;
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is not worth failing the build for.
        }
    }
}
