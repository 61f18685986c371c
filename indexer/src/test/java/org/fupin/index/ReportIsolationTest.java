package org.fupin.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's sections do not depend on which other files are indexed with it: every seed indexed alone gives the
 * same sections (same ids, so same headings and bodies) as inside the full corpus next to a report written to
 * teach a corpus-wide lexicon the wrong lessons.
 */
class ReportIsolationTest {

    /**
     * A report that, learned corpus-wide, would teach "Province", "Provincial" and "Poverty" as sentence starters and
     * so split "Hebei Province achieved …" in the yearbook seed into a heading "Hebei" and a body (as the parser did
     * when it learned one lexicon from every file indexed).
     */
    private static final String NEIGHBOUR = """
            Poverty Alleviation and Development in Qinghai Province

            【Anti-poverty Demonstration Zone】 In 2012, Qinghai Province set up a demonstration zone. Province leaders visited it.

            【Poverty Alleviation】 In 2012, the province invested 1.2 billion yuan. Provincial officials checked the projects.

            【Social Poverty】 In 2012, 205 units helped poor villages. Poverty fell by a third.
            """;

    @Test
    void everySeedSplitsTheSameAloneAsInsideTheFullCorpus(@TempDir Path temp) throws Exception {
        Path all = temp.resolve("all");
        Files.createDirectories(all);
        List<Path> seeds;
        try (var listing = Files.list(SeedCorpus.folder())) {
            seeds = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, all.resolve(seed.getFileName()));
        }
        Files.writeString(all.resolve("zz_neighbour.txt"), NEIGHBOUR);
        IndexBuilder.build(all, temp.resolve("index-all"));
        Map<String, List<String>> together = sectionsByFile(temp.resolve("index-all"));

        for (Path seed : seeds) {
            Path alone = temp.resolve("alone-" + seed.getFileName());
            Files.createDirectories(alone);
            Files.copy(seed, alone.resolve(seed.getFileName()));
            Path index = temp.resolve("index-" + seed.getFileName());
            IndexBuilder.build(alone, index);
            String file = seed.getFileName().toString();

            assertEquals(together.get(file), sectionsByFile(index).get(file), file);
        }
        assertEquals(
                450,
                together.entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("zz_"))
                        .mapToInt(e -> e.getValue().size())
                        .sum());
        assertEquals(3, together.get("zz_neighbour.txt").size(), "the neighbour's own brackets are its headings");
    }

    /** Per file, each section as chapter:ordinal id, in index order of chapter and ordinal. */
    private static Map<String, List<String>> sectionsByFile(Path index) throws IOException {
        Map<String, TreeMap<String, String>> byFile = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                String key = String.format(
                        Locale.ROOT,
                        "%04d:%04d",
                        d.getField(Schema.CHAPTER_INDEX).numericValue().intValue(),
                        d.getField(Schema.ORDINAL).numericValue().intValue());
                byFile.computeIfAbsent(d.get(Schema.FILE), f -> new TreeMap<>()).put(key, key + " " + d.get(Schema.ID));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byFile.forEach((file, sections) -> out.put(file, new ArrayList<>(sections.values())));
        return out;
    }
}
