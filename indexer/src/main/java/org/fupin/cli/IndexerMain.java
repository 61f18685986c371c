package org.fupin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.store.LockObtainFailedException;
import org.fupin.corpus.CorpusException;
import org.fupin.index.BuildSummary;
import org.fupin.index.IndexBuilder;
import org.fupin.index.SectionExport;
import org.fupin.index.ShrinkRefusedException;

/**
 * {@code java -jar fupin-indexer.jar --input seeds --index data/index [--quiet] [--allow-shrink]}: builds the index
 * and prints a summary; with {@code --export-jsonl FILE} it writes the sections as JSON lines instead. Exit codes: 0
 * done, 1 bad input (nothing changed), 2 bad usage, 3 I/O failure such as a full disk (previous index or file kept),
 * 4 the build would leave the index empty or under half its sections (nothing changed).
 */
public final class IndexerMain {

    private IndexerMain() {}

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = Path.of("seeds");
        Path index = Path.of("data/index");
        Path export = null;
        boolean perChapter = true;
        IndexBuilder.Shrink shrink = IndexBuilder.Shrink.REFUSE;
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
                case "--allow-shrink" -> shrink = IndexBuilder.Shrink.ALLOW;
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
            BuildSummary summary = IndexBuilder.build(input, index, shrink);
            out.print(summary.render(perChapter));
            return 0;
        } catch (ShrinkRefusedException e) {
            err.println("error: " + e.getMessage() + ".");
            err.println("Check --input " + input + "; to replace the index anyway, run again with --allow-shrink.");
            return 4;
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
            out.printf(
                    Locale.ROOT,
                    "Exported %,d sections from %,d files in %.1f s (%,d bytes)%n",
                    summary.sections(),
                    summary.files(),
                    summary.millis() / 1000.0,
                    summary.bytes());
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
        stream.println(
                "usage: java -jar fupin-indexer.jar [--input <reports folder>] [--index <index folder>] [--quiet]"
                        + " [--allow-shrink]");
        stream.println("       java -jar fupin-indexer.jar [--input <reports folder>] --export-jsonl <file>");
        stream.println("  --input   folder of UTF-8 .txt reports (default: seeds)");
        stream.println(
                "  --index   where to write the index (default: data/index); the old index stays until the new one is complete");
        stream.println("  --quiet   omit the per-chapter section counts");
        stream.println("  --allow-shrink  replace the index even when the build has no sections or fewer than half of");
        stream.println("            the index's (refused otherwise, with exit code 4)");
        stream.println(
                "  --export-jsonl  instead of indexing, write the sections a build would index to <file>, one JSON object");
        stream.println(
                "                  per line (id, province, province_zh, year, program, lang, title_*/body_*), for another engine");
        return 2;
    }
}
