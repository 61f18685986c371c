package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fupin.vocab.Program;
import org.junit.jupiter.api.Test;

/**
 * Compares the parse of every seed chapter and section with the checked-in golden file
 * {@code src/test/resources/golden/seeds.expected.json}. After a deliberate parser change, review the diff and
 * regenerate with {@code mvn -pl indexer test -Dtest=SeedGoldenTest -Dgolden.update=true}.
 */
class SeedGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "seeds.expected.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record GoldenSection(int ordinal, String heading, String bodyStart, List<String> programs, String lang) {}

    record GoldenChapter(
            String file,
            int index,
            String title,
            String province,
            int year,
            String office,
            int sectionCount,
            List<GoldenSection> sections) {}

    @Test
    void everySeedChapterAndSectionMatchesTheGoldenFile() throws Exception {
        List<GoldenChapter> actual = new ArrayList<>();
        for (Chapter c : SeedCorpus.chapters()) {
            List<GoldenSection> sections = c.sections().stream()
                    .map(s -> new GoldenSection(
                            s.ordinal(),
                            s.heading(),
                            firstWords(s.text(), 8),
                            s.programs().stream().map(Program::id).toList(),
                            s.language().code()))
                    .toList();
            actual.add(new GoldenChapter(
                    c.file(),
                    c.index(),
                    c.title(),
                    c.province() == null ? null : c.province().english(),
                    c.year(),
                    c.office(),
                    sections.size(),
                    sections));
        }
        String rendered = JSON.writeValueAsString(actual) + "\n";

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, rendered);
        }

        assertEquals(expected(), rendered, "parse of the seeds differs from " + GOLDEN);
    }

    private static String expected() throws IOException {
        return Files.readString(GOLDEN);
    }

    static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
