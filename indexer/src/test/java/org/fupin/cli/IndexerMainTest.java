package org.fupin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer CLI: a summary on success; a clear error, a non-zero exit and the old index untouched on bad input. */
class IndexerMainTest {

    @TempDir
    Path temp;

    Path index;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void buildAGoodIndexFirst() throws IOException {
        index = temp.resolve("index");
        Path good = temp.resolve("good");
        Files.createDirectories(good);
        Files.writeString(good.resolve("a.txt"), """
                Poverty Alleviation and Development in Hebei Province
                Overview In 2012, Hebei Province reduced poverty.
                Rain PlanIn 2012, the province trained 6,000 people.
                """);
        assertEquals(0, run("--input", good.toString(), "--index", index.toString()));
        assertEquals(2, docs());
        out.reset();
    }

    @Test
    void printsASummaryWithSectionsPerProvinceAndYear() throws IOException {
        Path good = temp.resolve("good");

        assertEquals(0, run("--input", good.toString(), "--index", index.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Indexed 2 sections from 1 chapters in 1 files"), printed);
        assertTrue(printed.contains("Hebei"), printed);
        assertTrue(printed.contains("2012"), printed);
    }

    @Test
    void missingInputFolderFailsClearlyAndKeepsTheIndex() throws IOException {
        int code = run("--input", temp.resolve("nope").toString(), "--index", index.toString());

        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("input folder does not exist"));
        assertEquals(2, docs());
    }

    @Test
    void emptyInputFolderFailsClearlyAndKeepsTheIndex() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertEquals(1, run("--input", empty.toString(), "--index", index.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds no .txt reports"));
        assertEquals(2, docs());
    }

    @Test
    void nonUtf8FileIsNamedAndNothingIsIndexed() throws IOException {
        Path mixed = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(
                mixed.resolve("a.txt"),
                "Poverty Alleviation and Development in Hunan Province\nOverview In 2011, fine.\n");
        Files.write(mixed.resolve("b.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertEquals(1, run("--input", mixed.toString(), "--index", index.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("not valid UTF-8") && message.contains("b.txt"), message);
        assertEquals(2, docs());
    }

    @Test
    void aBuildThatFindsNoSectionsIsRefusedAndKeepsTheIndex() throws IOException {
        // Empty reports and a report holding only a chapter title: readable, valid UTF-8, and no section at all.
        Path hollow = Files.createDirectories(temp.resolve("hollow"));
        Files.writeString(hollow.resolve("a.txt"), "");
        Files.writeString(hollow.resolve("b.txt"), "Poverty Alleviation and Development in Hunan Province\n");

        assertEquals(4, run("--input", hollow.toString(), "--index", index.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(
                message.contains("0 sections") && message.contains("holds 2") && message.contains("--allow-shrink"),
                message);
        assertEquals(2, docs());
    }

    @Test
    void aBuildWithFewerThanHalfTheSectionsIsRefusedUnlessAllowed() throws IOException {
        Path five = Files.createDirectories(temp.resolve("five"));
        Files.writeString(five.resolve("a.txt"), """
                Poverty Alleviation and Development in Hebei Province
                Overview In 2012, Hebei Province reduced poverty.
                Rain PlanIn 2012, the province trained 6,000 people.
                【Relocation】 In 2012, 10,000 people moved.
                【Mutual Funds】 In 2012, 300 villages set up funds.
                【Training】 In 2012, 5,000 officials were trained.
                """);
        assertEquals(0, run("--input", five.toString(), "--index", index.toString()));
        assertEquals(5, docs());
        Path good = temp.resolve("good");

        assertEquals(4, run("--input", good.toString(), "--index", index.toString()));
        assertEquals(5, docs());
        assertEquals(0, run("--input", good.toString(), "--index", index.toString(), "--allow-shrink"));
        assertEquals(2, docs());
    }

    @Test
    void allowShrinkWritesAnEmptyIndexThatOpens() throws IOException {
        Path hollow = Files.createDirectories(temp.resolve("hollow"));
        Files.writeString(hollow.resolve("a.txt"), "");

        assertEquals(0, run("--allow-shrink", "--input", hollow.toString(), "--index", index.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Indexed 0 sections"));
        assertEquals(0, docs());
    }

    @Test
    void reportsInSubfoldersAreIndexedUnderTheirRelativePath() throws IOException {
        Path nested = Files.createDirectories(temp.resolve("nested/2012"));
        Files.copy(temp.resolve("good/a.txt"), nested.resolve("hebei.txt"));

        assertEquals(0, run("--input", temp.resolve("nested").toString(), "--index", index.toString()));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("2012/hebei.txt"), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, docs());
    }

    @Test
    void aReportOverTheFileSizeLimitIsRefusedByName() throws IOException {
        Path big = Files.createDirectories(temp.resolve("big"));
        Files.copy(temp.resolve("good/a.txt"), big.resolve("a.txt"));
        // One line of 17 MB: the single-line report that ran the server out of memory.
        Files.writeString(
                big.resolve("huge.txt"),
                "Poverty Alleviation and Development in Hunan Province\nOverview "
                        + "In 2012, x".repeat(17 * 1024 * 1024 / 10));

        assertEquals(1, run("--input", big.toString(), "--index", index.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("huge.txt") && message.contains("the limit is 16 MB"), message);
        assertEquals(2, docs());
    }

    @Test
    void aSectionOverTheSizeLimitIsRefusedWithItsPlace() throws IOException {
        Path long1 = Files.createDirectories(temp.resolve("long"));
        Files.writeString(
                long1.resolve("a.txt"),
                "Poverty Alleviation and Development in Hunan Province\n" + "【Overview】 In 2012, "
                        + "many words ".repeat(100_000) + "\n【Rain Plan】 In 2012, fine.\n");

        assertEquals(1, run("--input", long1.toString(), "--index", index.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(
                message.contains("a.txt chapter 1")
                        && message.contains("'Overview'")
                        && message.contains("the limit is 1000000 characters"),
                message);
        assertEquals(2, docs());
    }

    @Test
    void exportJsonlWritesOneLinePerSectionAndLeavesTheIndexAlone() throws IOException {
        Path good = temp.resolve("good");
        Path jsonl = temp.resolve("sections.jsonl");
        Files.writeString(good.resolve("b.txt"), """
                Poverty Alleviation and Development in Hunan Province
                Overview In 2011, Hunan Province reduced poverty.
                """);

        assertEquals(
                0, run("--input", good.toString(), "--index", index.toString(), "--export-jsonl", jsonl.toString()));

        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("\"province\":\"Hunan\",\"province_zh\":\"湖南\",\"year\":2011")),
                lines.toString());
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("Exported 3 sections from 2 files"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(2, docs(), "the export does not touch the index");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option: --bogus"));
    }

    private int run(String... args) {
        return IndexerMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int docs() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.numDocs();
        }
    }
}
