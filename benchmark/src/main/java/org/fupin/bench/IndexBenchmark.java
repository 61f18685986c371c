package org.fupin.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;

/**
 * Times one {@code IndexBuilder.build} over a corpus folder and reports wall time, sections per second, peak heap
 * and index size; prints a table and writes the result as JSON. Run it in its own JVM with the heap limit under
 * test ({@code java -Xmx1g -jar fupin-bench.jar index …}) so the heap figures belong to the build alone.
 */
public final class IndexBenchmark {

    /**
     * One measured build.
     *
     * @param corpus            the corpus folder
     * @param files             report files
     * @param corpusBytes       bytes of report text
     * @param chapters          chapters indexed
     * @param sections          sections indexed
     * @param figures           figures extracted and stored with the sections
     * @param warnings          parser warnings
     * @param wallMillis        wall time of the whole build (both passes, final flush and commit)
     * @param sectionsPerSecond sections divided by wall time
     * @param peakHeapBytes     most heap in use (polled, and just before each collection)
     * @param peakHeapAfterGcBytes most heap still in use just after a collection (an upper bound of the live set)
     * @param maxHeapBytes      the JVM's heap limit
     * @param gcCount           collections during the build
     * @param gcMillis          collector time during the build
     * @param indexBytes        size of the index folder after the build
     * @param processors        available processors
     * @param javaVersion       the JVM's version
     * @param jvmArguments      the JVM's arguments (heap limit, collector)
     * @param finishedAt        when the build finished
     */
    public record Result(
            String corpus,
            int files,
            long corpusBytes,
            int chapters,
            int sections,
            long figures,
            int warnings,
            long wallMillis,
            double sectionsPerSecond,
            long peakHeapBytes,
            long peakHeapAfterGcBytes,
            long maxHeapBytes,
            long gcCount,
            long gcMillis,
            long indexBytes,
            int processors,
            String javaVersion,
            String jvmArguments,
            String finishedAt) {}

    private IndexBenchmark() {}

    /** CLI: {@code --corpus DIR --index DIR --out results.json}. */
    public static void main(String[] args) throws IOException, CorpusException {
        Args a = Args.parse(args, Set.of("corpus", "index", "out"));
        Result result = run(a.path("corpus"), a.path("index"));
        System.out.print(table(result));
        Path out = a.path("out");
        write(result, out);
        System.out.println("Wrote " + out);
    }

    /** Writes the result as JSON, creating the parent folder. */
    public static void write(Result result, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        json().writeValue(out.toFile(), result);
    }

    /** Reads a result written by {@link #write}. */
    public static Result read(Path json) throws IOException {
        return json().readValue(json.toFile(), Result.class);
    }

    /** Builds the index of {@code corpus} into the empty or missing folder {@code index} and measures the build. */
    public static Result run(Path corpus, Path index) throws IOException, CorpusException {
        requireEmpty(index);
        long corpusBytes = folderBytes(corpus, ".txt");
        System.gc();
        BuildSummary summary;
        HeapSampler.Peaks peaks;
        long wallNanos;
        try (HeapSampler sampler = new HeapSampler()) {
            long started = System.nanoTime();
            summary = IndexBuilder.build(corpus, index);
            wallNanos = System.nanoTime() - started;
            peaks = sampler.stop();
        }
        long wallMillis = wallNanos / 1_000_000;
        return new Result(
                corpus.toString(),
                summary.files(),
                corpusBytes,
                summary.chapters().size(),
                summary.sections(),
                summary.figures(),
                summary.warnings().size(),
                wallMillis,
                summary.sections() / Math.max(wallNanos / 1e9, 1e-9),
                peaks.peakUsedBytes(),
                peaks.peakAfterGcBytes(),
                peaks.maxHeapBytes(),
                peaks.collections(),
                peaks.gcMillis(),
                folderBytes(index, ""),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                Instant.now().toString());
    }

    /** The result as a human-readable table. */
    public static String table(Result r) {
        StringBuilder t = new StringBuilder();
        row(t, "corpus", r.corpus());
        row(
                t,
                "files / chapters / sections",
                String.format(Locale.ROOT, "%,d / %,d / %,d", r.files(), r.chapters(), r.sections()));
        row(t, "figures", String.format(Locale.ROOT, "%,d", r.figures()));
        row(t, "corpus size", mb(r.corpusBytes()));
        row(t, "parser warnings", String.format(Locale.ROOT, "%,d", r.warnings()));
        row(t, "wall time", String.format(Locale.ROOT, "%.2f s", r.wallMillis() / 1000.0));
        row(t, "sections/second", String.format(Locale.ROOT, "%,.0f", r.sectionsPerSecond()));
        row(t, "peak heap used", mb(r.peakHeapBytes()));
        row(t, "peak heap after GC", mb(r.peakHeapAfterGcBytes()));
        row(t, "max heap (-Xmx)", mb(r.maxHeapBytes()));
        row(t, "GCs / GC time", String.format(Locale.ROOT, "%,d / %.2f s", r.gcCount(), r.gcMillis() / 1000.0));
        row(t, "index size", mb(r.indexBytes()));
        row(t, "java / cpus", r.javaVersion() + " / " + r.processors());
        return t.toString();
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append(String.format(Locale.ROOT, "%-28s %s%n", name, value));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static void requireEmpty(Path index) throws IOException {
        if (Files.isDirectory(index)) {
            try (Stream<Path> listing = Files.list(index)) {
                if (listing.findAny().isPresent()) {
                    throw new IllegalArgumentException("index folder is not empty: " + index
                            + "; the benchmark measures a build from scratch, so give it a new folder");
                }
            }
        }
    }

    private static long folderBytes(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
