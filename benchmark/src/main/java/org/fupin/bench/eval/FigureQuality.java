package org.fupin.bench.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;
import org.fupin.figures.Figure;
import org.fupin.figures.FigureEvaluation;
import org.fupin.figures.FigureExtractor;
import org.fupin.figures.GoldenFigures;

/**
 * The figure part of {@code eval}: parses the seeds as the indexer does, extracts the figures of every listed section
 * and prints precision and recall per unit kind against the hand-checked list and the held-out list.
 */
final class FigureQuality {

    private FigureQuality() {}

    static String report(Path seeds) throws IOException {
        Map<String, Section> sections = sections(seeds);
        StringBuilder out = new StringBuilder();
        for (String list : List.of(GoldenFigures.MAIN, GoldenFigures.HELD_OUT)) {
            GoldenFigures golden = GoldenFigures.load(list);
            FigureEvaluation eval = FigureEvaluation.of(golden, extracted(golden, sections));
            out.append(String.format(
                    Locale.ROOT,
                    "%nFigures against %s (%d figures in %d sections): precision %.3f," + " recall %.3f%n",
                    list.substring(list.lastIndexOf('/') + 1),
                    golden.figures().size(),
                    golden.sections().size(),
                    eval.precision(),
                    eval.recall()));
            out.append(eval.table());
        }
        return out.toString();
    }

    private static Map<String, List<Figure>> extracted(GoldenFigures golden, Map<String, Section> sections) {
        FigureExtractor extractor = new FigureExtractor();
        Map<String, List<Figure>> out = new HashMap<>();
        for (String id : golden.sections()) {
            Section section = sections.get(id);
            if (section == null) {
                throw new IllegalStateException(
                        "the figure list names section " + id + ", which the seeds do not hold");
            }
            out.put(id, extractor.extract(section.text()));
        }
        return out;
    }

    private static Map<String, Section> sections(Path seeds) throws IOException {
        try {
            Corpus corpus = Corpus.open(seeds);
            ReportParser parser = new ReportParser();
            Map<String, Section> out = new HashMap<>();
            for (Path file : corpus.files()) {
                for (Chapter chapter :
                        parser.parse(corpus.name(file), Corpus.read(file)).chapters()) {
                    chapter.sections().forEach(s -> out.put(s.id(), s));
                }
            }
            return out;
        } catch (CorpusException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
