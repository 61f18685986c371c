package org.fupin.bench.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.fupin.bench.Args;
import org.fupin.bench.CorpusGenerator;
import org.fupin.bench.IndexBenchmark;
import org.fupin.bench.Manifest;
import org.fupin.corpus.CorpusException;
import org.fupin.index.IndexBuilder;

/**
 * The {@code all} command: generate a corpus of N sections (or reuse the one in the work folder), build its index with
 * the index benchmark (or reuse it), then run the query benchmark against it. Everything lands in one work folder:
 * {@code corpus/}, {@code index/}, {@code index.json}, {@code query.json} and {@code query.server.log}.
 */
public final class EndToEnd {

    private EndToEnd() {}

    /**
     * The corpus and index of a work folder, and how long the index took to build.
     *
     * @param corpus the generated reports ({@code WORK/corpus})
     * @param index  our index of them ({@code WORK/index})
     * @param build  the index benchmark's measurements ({@code WORK/index.json}), or null when the index was built
     *               some other way
     */
    public record Workspace(Path corpus, Path index, IndexBenchmark.Result build) {}

    /** CLI: {@code --work DIR --sections N [--seeds seeds] [--seed 42]} plus any {@code query} option. */
    public static void main(String[] args) throws Exception {
        Set<String> options = new HashSet<>(Set.of(
                "work",
                "sections",
                "seeds",
                "seed",
                "heap",
                "jvm",
                "warmup",
                "warmup-clients",
                "duration",
                "clients",
                "out",
                "log",
                "server-jar"));
        Args a = Args.parse(args, options);
        Path work = a.path("work");
        Workspace workspace = prepare(a, work);
        Path out = a.path("out", work.resolve("query.json"));
        QueryBenchmark.write(
                QueryBenchmark.run(QueryBenchmark.config(a, workspace.index(), workspace.corpus(), out)), out);
    }

    /**
     * Generates {@code WORK/corpus} ({@code --sections}, {@code --seeds}, {@code --seed}) and builds {@code WORK/index}
     * with the index benchmark, each unless it is there already.
     */
    public static Workspace prepare(Args a, Path work) throws IOException, CorpusException {
        long sections = a.number("sections", 0);
        Path corpus = work.resolve("corpus");
        Path index = work.resolve("index");
        Path buildJson = work.resolve("index.json");

        if (Files.exists(corpus.resolve(Manifest.FILE_NAME))) {
            long have = Manifest.sections(Manifest.read(corpus));
            if (sections != 0 && have != sections) {
                throw new IllegalArgumentException(corpus + " already holds a corpus of " + have + " sections, not "
                        + sections + "; use another --work folder");
            }
            System.out.printf(Locale.ROOT, "Reusing the corpus of %,d sections in %s%n", have, corpus);
        } else {
            if (sections <= 0) {
                throw new IllegalArgumentException("--sections is needed to generate a corpus in " + corpus);
            }
            System.out.printf(Locale.ROOT, "Generating %,d sections into %s%n", sections, corpus);
            CorpusGenerator.generate(new CorpusGenerator.Config(
                    a.path("seeds", Path.of("seeds")), corpus, sections, a.number("seed", 42)));
        }

        if (IndexBuilder.indexExists(index)) {
            System.out.println("Reusing the index in " + index);
            return new Workspace(corpus, index, Files.exists(buildJson) ? IndexBenchmark.read(buildJson) : null);
        }
        System.out.println("Building the index in " + index);
        IndexBenchmark.Result built = IndexBenchmark.run(corpus, index);
        System.out.print(IndexBenchmark.table(built));
        IndexBenchmark.write(built, buildJson);
        return new Workspace(corpus, index, built);
    }
}
