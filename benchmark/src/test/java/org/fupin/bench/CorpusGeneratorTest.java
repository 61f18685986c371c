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
    void realParserRecoversExactlyTheManifest() throws IOException, CorpusException {
        ManifestCheck.Result check = ManifestCheck.run(corpus, 20);

        assertEquals(check.chapters(), check.exact(), () -> ManifestCheck.table(check));
        assertEquals(2_000, check.parsedSections());
    }

    @Test
    void writesTheRequestedNumberOfSections() throws IOException {
        List<ManifestEntry> manifest = Manifest.read(corpus);

        assertEquals(2_000, Manifest.sections(manifest));
        assertEquals(2_000, summary.sections());
        assertEquals(summary.chapters(), manifest.size());
    }

    @Test
    void coversEveryProvinceAndBothLayouts() throws IOException, CorpusException {
        List<ManifestEntry> manifest = Manifest.read(corpus);
        Set<String> provinces = manifest.stream().map(ManifestEntry::province).collect(Collectors.toSet());
        Set<String> all = Stream.of(Province.values()).map(Province::english).collect(Collectors.toSet());
        String text = readAll(corpus);

        assertEquals(all, provinces);
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
        assertEquals(Files.readString(first.resolve(Manifest.FILE_NAME)),
                Files.readString(second.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void movesYearMentionsConsistently() {
        assertEquals("In 2007, as planned for (2006-2015), more than 2007 was", Years.shift(
                "In 2012, as planned for (2011-2020), more than 2012 was", -5));
    }

    private static String readAll(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return all.toString();
    }
}
