package org.fupin.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.ProgramTagger;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Program tagging of every section of the big seed report: the hottest part of an index build in the JFR profile,
 * measured on its own so a faster tagger can be compared with this one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ProgramTaggerBenchmark {

    /** The report whose sections are tagged, relative to the working directory. */
    @Param("seeds/001_97f44c48ffa5d22d.txt")
    public String seedFile;

    private List<Section> sections;
    private final ProgramTagger tagger = new ProgramTagger();

    /** Parses the report once to get its sections. */
    @Setup
    public void setUp() throws Exception {
        String text = Corpus.read(Path.of(seedFile));
        sections = new ReportParser()
                .parse("001.txt", text).chapters().stream()
                        .flatMap(c -> c.sections().stream())
                        .toList();
    }

    /** Tags every section of the report once. */
    @Benchmark
    public void tagAllSections(Blackhole blackhole) {
        for (Section s : sections) {
            blackhole.consume(tagger.tag(s.heading(), s.text()));
        }
    }
}
