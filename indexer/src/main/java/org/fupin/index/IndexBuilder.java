package org.fupin.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.ParsedReport;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;

/**
 * Builds the section index from a folder of reports.
 *
 * <p>Safety: every report is read and checked (readable, UTF-8) before the index is touched, so bad input leaves
 * the previous index as it was. The new index is written as new segment files beside the old commit and becomes
 * visible only when Lucene atomically publishes the new commit point at the end; a crash or error before that
 * leaves the previous commit as the index readers open. Two builders cannot write at once (Lucene's write lock).
 */
public final class IndexBuilder {

    private static final double RAM_BUFFER_MB = 256;
    /** Files parsed at once; each worker adds its documents itself (IndexWriter is thread-safe). */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** What one file contributed: small, so holding one per file costs little even for large corpora. */
    private record FileResult(List<BuildSummary.ChapterCount> chapters, List<String> warnings) {
    }

    private IndexBuilder() {
    }

    /** True when the folder holds a committed Lucene index. */
    public static boolean indexExists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(dir);
        }
    }

    /** Parses every report in {@code input} and replaces the index in {@code indexDir} with the result. */
    public static BuildSummary build(Path input, Path indexDir) throws CorpusException, IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.open(input);

        // Each report is parsed on its own (it learns its heading lexicon from itself), so one pass suffices and a
        // report's sections never depend on which other files are indexed with it.
        ReportParser parser = new ReportParser();

        Files.createDirectories(indexDir);
        List<BuildSummary.ChapterCount> chapters = new ArrayList<>();
        Map<String, Integer> byProvince = new HashMap<>();
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        int sections = 0;

        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                for (FileResult result : inParallel(corpus, file -> indexFile(file, parser, writer))) {
                    warnings.addAll(result.warnings());
                    for (BuildSummary.ChapterCount chapter : result.chapters()) {
                        chapters.add(chapter);
                        byProvince.merge(chapter.province(), chapter.sections(), Integer::sum);
                        byYear.merge(chapter.year(), chapter.sections(), Integer::sum);
                        sections += chapter.sections();
                    }
                }
                writer.setLiveCommitData(Map.of(
                        Schema.COMMIT_BUILT_AT, Instant.now().toString(),
                        Schema.COMMIT_FILES, Integer.toString(corpus.files().size()),
                        Schema.COMMIT_CHAPTERS, Integer.toString(chapters.size()),
                        Schema.COMMIT_SCHEMA_VERSION, Schema.SCHEMA_VERSION).entrySet());
                // No forceMerge(1): it rewrites the whole index on one core after both cores finished indexing
                // (a fifth of a 100k build). The merge policy keeps the segment count small (two at 100k
                // sections), and searches over a few segments cost about the same as over one.
                writer.commit();
            } catch (CorpusException | IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new BuildSummary(corpus.files().size(), chapters, sections, new TreeMap<>(byProvince), byYear,
                warnings, millis);
    }

    /** Work on one report file. */
    @FunctionalInterface
    private interface FileTask<T> {
        T run(Path file) throws CorpusException, IOException;
    }

    /**
     * Runs a task on every file on all cores; only a bounded number of files is in flight, so memory does not grow
     * with the corpus. Results come back in file order, so the summary is the same on every run.
     */
    private static <T> List<T> inParallel(Corpus corpus, FileTask<T> task) throws CorpusException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "fupin-indexer");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(WORKERS * 2);
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Path file : corpus.files()) {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        return task.run(file);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            switch (e.getCause()) {
                case CorpusException ce -> throw ce;
                case IOException ioe -> throw ioe;
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IOException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult indexFile(Path file, ReportParser parser, IndexWriter writer)
            throws CorpusException, IOException {
        SectionDocuments documents = new SectionDocuments();
        ParsedReport report = parser.parse(file.getFileName().toString(), Corpus.read(file));
        List<BuildSummary.ChapterCount> chapters = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            String province = chapter.province() == null ? "?" : chapter.province().english();
            chapters.add(new BuildSummary.ChapterCount(chapter.file(), chapter.index(), province, chapter.year(),
                    chapter.sections().size()));
            for (Section section : chapter.sections()) {
                writer.addDocument(documents.toDocument(section));
            }
        }
        return new FileResult(chapters, report.warnings());
    }
}
