package org.fupin.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
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
    private record FileResult(List<BuildSummary.ChapterCount> chapters, List<String> warnings, long figures) {}

    private IndexBuilder() {}

    /** True when the folder holds a committed Lucene index. */
    public static boolean indexExists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(dir);
        }
    }

    /** Whether a build may replace an index with one that holds far fewer sections. */
    public enum Shrink {
        /** Refuse a build that has no sections, or fewer than half of the sections of the index it would replace. */
        REFUSE,
        /** Replace the index whatever the new build holds (the operator said so). */
        ALLOW
    }

    /** Parses every report in {@code input} and replaces the index in {@code indexDir}, refusing to shrink it. */
    public static BuildSummary build(Path input, Path indexDir) throws CorpusException, IOException {
        return build(input, indexDir, Shrink.REFUSE);
    }

    /** Parses every report in {@code input} and replaces the index in {@code indexDir} with the result. */
    public static BuildSummary build(Path input, Path indexDir, Shrink shrink) throws CorpusException, IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.open(input);
        // Each report is parsed on its own (it learns its heading lexicon from itself), so one pass suffices and a
        // report's sections never depend on which other files are indexed with it.
        ReportParser parser = new ReportParser();
        Files.createDirectories(indexDir);
        try (Directory dir = FSDirectory.open(indexDir)) {
            return write(corpus, parser, dir, shrink, started);
        }
    }

    /** Like {@link #build(Path, Path, Shrink)}, into a Lucene directory the caller opened (and closes). */
    public static BuildSummary build(Path input, Directory dir, Shrink shrink) throws CorpusException, IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.open(input);
        return write(corpus, new ReportParser(), dir, shrink, started);
    }

    /** Parses and indexes every file, then publishes the new commit in one atomic step. */
    private static BuildSummary write(Corpus corpus, ReportParser parser, Directory dir, Shrink shrink, long started)
            throws CorpusException, IOException {
        List<BuildSummary.ChapterCount> chapters = new ArrayList<>();
        Map<String, Integer> byProvince = new HashMap<>();
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        int sections = 0;
        int previous = sectionsIn(dir);
        long figures = 0;

        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                List<FileResult> results = new ArrayList<>();
                inParallel(corpus, file -> indexFile(corpus.name(file), file, parser, writer), results::add);
                for (FileResult result : results) {
                    warnings.addAll(result.warnings());
                    figures += result.figures();
                    for (BuildSummary.ChapterCount chapter : result.chapters()) {
                        chapters.add(chapter);
                        byProvince.merge(chapter.province(), chapter.sections(), Integer::sum);
                        byYear.merge(chapter.year(), chapter.sections(), Integer::sum);
                        sections += chapter.sections();
                    }
                }
                if (shrink == Shrink.REFUSE && previous > 0 && (long) sections * 2 < previous) {
                    throw new ShrinkRefusedException(previous, sections);
                }
                writer.setLiveCommitData(Map.of(
                                Schema.COMMIT_BUILT_AT, Instant.now().toString(),
                                Schema.COMMIT_FILES,
                                        Integer.toString(corpus.files().size()),
                                Schema.COMMIT_CHAPTERS, Integer.toString(chapters.size()),
                                Schema.COMMIT_SCHEMA_VERSION, Schema.SCHEMA_VERSION)
                        .entrySet());
                // No forceMerge(1): it rewrites the whole index on one core after both cores finished indexing
                // (a fifth of a 100k build). The merge policy keeps the segment count small (two at 100k
                // sections), and searches over a few segments cost about the same as over one.
                writer.commit();
            } catch (CorpusException | IOException | RuntimeException e) {
                Throwable tragedy = writer.getTragicException();
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                // When one indexing thread hits an I/O error (a full disk) the writer closes itself, and the other
                // thread, or the commit, fails with AlreadyClosedException: the cause is that first error.
                if (e instanceof RuntimeException && (tragedy != null || e instanceof AlreadyClosedException)) {
                    throw writeFailure(tragedy != null ? tragedy : e);
                }
                throw e;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new BuildSummary(
                corpus.files().size(),
                chapters,
                sections,
                figures,
                new TreeMap<>(byProvince),
                byYear,
                warnings,
                millis);
    }

    /**
     * Sections in the index {@code dir} holds now, or 0 when it holds none or cannot be read (a damaged index may be
     * replaced by any build: that is how it is repaired).
     */
    private static int sectionsIn(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** An I/O failure of the writer as an IOException whose message is the first I/O error's ("No space left…"). */
    private static IOException writeFailure(Throwable failure) {
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                cause = t;
                break;
            }
            cause = t;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IOException(message, failure);
    }

    private static String abbreviate(String heading) {
        return heading.length() <= 60 ? heading : heading.substring(0, 60) + "…";
    }

    /** Work on one report file. */
    @FunctionalInterface
    interface FileTask<T> {
        T run(Path file) throws CorpusException, IOException;
    }

    /** Takes each file's result, in file order, on the calling thread. */
    @FunctionalInterface
    interface ResultSink<T> {
        void accept(T result) throws IOException;
    }

    /**
     * Runs a task on every file on all cores and hands the results to {@code sink} in file order (so the summary and
     * the export are the same on every run). Only a bounded number of files is in flight or waiting for the sink, so
     * memory does not grow with the corpus.
     */
    static <T> void inParallel(Corpus corpus, FileTask<T> task, ResultSink<T> sink)
            throws CorpusException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "fupin-indexer");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<T>> pending = new ArrayDeque<>();
        try {
            for (Path file : corpus.files()) {
                pending.add(pool.submit(() -> task.run(file)));
                if (pending.size() > WORKERS * 2) {
                    sink.accept(pending.remove().get());
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(pending.remove().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the corpus", e);
        } catch (ExecutionException e) {
            pending.forEach(f -> f.cancel(true));
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

    private static FileResult indexFile(String name, Path file, ReportParser parser, IndexWriter writer)
            throws CorpusException, IOException {
        SectionDocuments documents = new SectionDocuments();
        ParsedReport report = parser.parse(name, Corpus.read(file));
        List<BuildSummary.ChapterCount> chapters = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            String province =
                    chapter.province() == null ? "?" : chapter.province().english();
            chapters.add(new BuildSummary.ChapterCount(
                    chapter.file(),
                    chapter.index(),
                    province,
                    chapter.year(),
                    chapter.sections().size()));
            for (Section section : chapter.sections()) {
                int chars = section.heading().length() + section.text().length();
                if (chars > Schema.MAX_SECTION_CHARS) {
                    throw new CorpusException(name + " chapter " + chapter.index() + " section " + section.ordinal()
                            + " '" + abbreviate(section.heading()) + "' is " + chars + " characters long; the limit is "
                            + Schema.MAX_SECTION_CHARS + " characters. Split it with headings (【Heading】) or"
                            + " paragraphs that start a new section, or remove it");
                }
                writer.addDocument(documents.toDocument(section));
            }
        }
        return new FileResult(chapters, report.warnings(), documents.figures());
    }
}
