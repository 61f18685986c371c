package org.fupin.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.ParsedReport;
import org.fupin.corpus.ReportParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the big seed report (29 chapters, ~440 KB), which learns the report's heading lexicon from it first, and
 * learning that lexicon alone (the part of a parse that reads the whole report once more). Run from the repository root, or pass {@code -p seedFile=…}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ParseReportBenchmark {

    /** The report to parse, relative to the working directory. */
    @Param("seeds/001_97f44c48ffa5d22d.txt")
    public String seedFile;

    private String text;
    private ReportParser parser;

    /** Reads the report. */
    @Setup
    public void setUp() throws Exception {
        text = Corpus.read(Path.of(seedFile));
        parser = new ReportParser();
    }

    /** Split the report into chapters and sections (its lexicon included). */
    @Benchmark
    public ParsedReport parse() {
        return parser.parse("001.txt", text);
    }

    /** Learn the report's heading lexicon only. */
    @Benchmark
    public Object learnLexicon() {
        return ReportParser.lexiconOf(text);
    }
}
