package org.fupin.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled seed reports, parsed once the way the index builder parses them. */
public final class SeedCorpus {

    private static List<ParsedReport> reports;

    private SeedCorpus() {}

    /** The seeds folder, found from the module or the project root. */
    public static Path folder() {
        Path fromModule = Path.of("..", "seeds");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("seeds");
    }

    /** Every seed report, parsed. */
    public static synchronized List<ParsedReport> reports() throws CorpusException {
        if (reports == null) {
            Corpus corpus = Corpus.open(folder());
            ReportParser parser = new ReportParser();
            List<ParsedReport> parsed = new ArrayList<>();
            for (Path file : corpus.files()) {
                parsed.add(parser.parse(file.getFileName().toString(), Corpus.read(file)));
            }
            reports = List.copyOf(parsed);
        }
        return reports;
    }

    /** Every chapter of every seed report. */
    public static List<Chapter> chapters() throws CorpusException {
        return reports().stream().flatMap(r -> r.chapters().stream()).toList();
    }
}
