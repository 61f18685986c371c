package org.fupin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fupin.corpus.CorpusException;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    static final Path SEEDS = Path.of(System.getProperty("fupin.seeds", "../seeds"));

    @TempDir
    static Path corpus;

    static CorpusGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException, CorpusException {
        summary = CorpusGenerator.generate(new CorpusGenerator.Config(SEEDS, corpus, 2_000, 42));
    }

    @Test
    void realParserRecoversTheManifestInAtLeast999OfEvery1000Chapters() throws IOException, CorpusException {
        ManifestCheck.Result check = ManifestCheck.run(corpus, 20);

        // The target for the 100k corpus; on this sample of ~120 chapters it allows no miss at all.
        assertTrue(check.exactRate() >= 0.999, () -> ManifestCheck.table(check));
        assertEquals(2_000, check.sections());
    }

    @Test
    void manifestCheckSeesAWrongHeading(@TempDir Path copy) throws IOException, CorpusException {
        // The check must be able to fail: the copy's manifest promises another heading for one section.
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<String> lines = Files.readAllLines(copy.resolve(Manifest.FILE_NAME));
        lines.set(3, lines.get(3) + " Extra");
        Files.write(copy.resolve(Manifest.FILE_NAME), lines);

        ManifestCheck.Result check = ManifestCheck.run(copy, 5);

        assertEquals(check.chapters() - 1, check.exact(), () -> ManifestCheck.table(check));
        assertTrue(check.mismatches().getFirst().problem().startsWith("heading"), () -> ManifestCheck.table(check));
    }

    @Test
    void writesTheRequestedNumberOfSections() throws IOException {
        List<ManifestEntry> manifest = Manifest.read(corpus);

        assertEquals(2_000, Manifest.sections(manifest));
        assertEquals(2_000, summary.sections());
        assertEquals(summary.chapters(), manifest.size());
    }

    @Test
    void coversEveryProvinceEveryLayoutAndThePerturbations() throws IOException, CorpusException {
        List<ManifestEntry> manifest = Manifest.read(corpus);
        Set<String> provinces = manifest.stream().map(ManifestEntry::province).collect(Collectors.toSet());
        Set<String> all = Stream.of(Province.values()).map(Province::english).collect(Collectors.toSet());
        Set<String> layouts = manifest.stream().map(ManifestEntry::layout).collect(Collectors.toSet());
        String text = readAll(corpus);

        assertEquals(all, provinces);
        assertEquals(Set.of("yearbook", "bracketed", "numbered", "line", "labelled"), layouts);
        assertTrue(manifest.stream().allMatch(e -> e.headings().size() == e.sections()));
        assertTrue(
                text.contains("\n      1. ") || text.contains("\n      (1) ") || text.contains("\n      I. "),
                "numbered headings");
        assertTrue(text.contains("Provincial Poverty Alleviation Office "), "sentences that open with an organisation");
        assertTrue(text.contains("【"), "bracketed single-chapter reports");
        assertTrue(text.contains(ReportWriter.COLLECTION_HEADER), "multi-chapter yearbook reports");
        assertTrue(text.contains("Poverty Alleviation and Development in Xinjiang Production and Construction Corps"));
        assertTrue(text.contains("版权所有"), "site footer");
        assertTrue(manifest.stream().allMatch(e -> e.year() >= 2001 && e.year() <= 2020));
    }

    @Test
    void sameSeedWritesTheSameCorpus(@TempDir Path first, @TempDir Path second) throws Exception {
        CorpusGenerator.generate(new CorpusGenerator.Config(SEEDS, first, 300, 7));
        CorpusGenerator.generate(new CorpusGenerator.Config(SEEDS, second, 300, 7));

        assertEquals(readAll(first), readAll(second));
        assertEquals(
                Files.readString(first.resolve(Manifest.FILE_NAME)),
                Files.readString(second.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void movesYearMentionsConsistently() {
        assertEquals(
                "In 2007, as planned for (2006-2015), more than 2007 was",
                Years.shift("In 2012, as planned for (2011-2020), more than 2012 was", -5));
    }

    private static String readAll(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return all.toString();
    }
}
