package org.fupin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;
import org.fupin.index.SectionExport;

/**
 * {@code java -jar fupin-indexer.jar --input seeds --index data/index [--quiet]}: builds the index and prints a
 * summary; with {@code --export-jsonl FILE} it writes the sections as JSON lines instead. Exit codes: 0 done, 1 bad
 * input (nothing changed), 2 bad usage, 3 I/O failure (previous index or file kept).
 */
public final class IndexerMain {

    private IndexerMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = Path.of("seeds");
        Path index = Path.of("data/index");
        Path export = null;
        boolean perChapter = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    if (++i >= args.length) {
                        return usage(err, "--input needs a folder");
                    }
                    input = Path.of(args[i]);
                }
                case "--index" -> {
                    if (++i >= args.length) {
                        return usage(err, "--index needs a folder");
                    }
                    index = Path.of(args[i]);
                }
                case "--export-jsonl" -> {
                    if (++i >= args.length) {
                        return usage(err, "--export-jsonl needs a file");
                    }
                    export = Path.of(args[i]);
                }
                case "--quiet" -> perChapter = false;
                case "--help", "-h" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown option: " + args[i]);
                }
            }
        }
        if (export != null) {
            return export(input, export, out, err);
        }
        out.println("Indexing " + input.toAbsolutePath() + " into " + index.toAbsolutePath());
        try {
            BuildSummary summary = IndexBuilder.build(input, index);
            out.print(summary.render(perChapter));
            return 0;
        } catch (CorpusException e) {
            err.println("error: " + e.getMessage());
            err.println("The index in " + index + " was not changed.");
            return 1;
        } catch (LockObtainFailedException e) {
            err.println("error: another build is writing " + index + " right now; try again when it is done.");
            return 3;
        } catch (IOException e) {
            err.println("error: could not write the index in " + index + ": " + e.getMessage());
            err.println("The previous index (if any) is still the one readers see.");
            return 3;
        }
    }

    /** Writes the sections a build would index as JSON lines, for another engine; the index is not touched. */
    private static int export(Path input, Path file, PrintStream out, PrintStream err) {
        out.println("Exporting the sections of " + input.toAbsolutePath() + " to " + file.toAbsolutePath());
        try {
            SectionExport.Summary summary = SectionExport.export(input, file);
            out.printf("Exported %,d sections from %,d files in %.1f s (%,d bytes)%n", summary.sections(),
                    summary.files(), summary.millis() / 1000.0, summary.bytes());
            return 0;
        } catch (CorpusException e) {
            err.println("error: " + e.getMessage());
            err.println("Nothing was written to " + file + ".");
            return 1;
        } catch (IOException e) {
            err.println("error: could not write " + file + ": " + e.getMessage());
            return 3;
        }
    }

    private static int usage(PrintStream stream, String problem) {
        if (problem != null) {
            stream.println("error: " + problem);
        }
        stream.println("usage: java -jar fupin-indexer.jar [--input <reports folder>] [--index <index folder>] [--quiet]");
        stream.println("       java -jar fupin-indexer.jar [--input <reports folder>] --export-jsonl <file>");
        stream.println("  --input   folder of UTF-8 .txt reports (default: seeds)");
        stream.println("  --index   where to write the index (default: data/index); the old index stays until the new one is complete");
        stream.println("  --quiet   omit the per-chapter section counts");
        stream.println("  --export-jsonl  instead of indexing, write the sections a build would index to <file>, one JSON object");
        stream.println("                  per line (id, province, province_zh, year, program, lang, title_*/body_*), for another engine");
        return 2;
    }
}
