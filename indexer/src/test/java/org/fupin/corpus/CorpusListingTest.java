package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports in subfolders of the input are found too (they were skipped without a word), in a stable order. */
class CorpusListingTest {

    @TempDir
    Path dir;

    @Test
    void findsReportsInSubfoldersInPathOrderAndNamesThemByTheirRelativePath() throws Exception {
        for (String name : List.of(
                "b.txt",
                "2012/hebei.txt",
                "2012/zz/deep.TXT",
                "2011/anhui.txt",
                "a.txt",
                "notes.md",
                ".git/x.txt",
                "2012/.hidden.txt")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "text");
        }

        Corpus corpus = Corpus.open(dir);

        assertEquals(
                List.of("2011/anhui.txt", "2012/hebei.txt", "2012/zz/deep.TXT", "a.txt", "b.txt"),
                corpus.files().stream().map(corpus::name).toList());
    }

    @Test
    void aFolderWhoseOnlyReportIsInASubfolderIsNotEmpty() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "text");

        assertEquals(1, Corpus.open(dir).files().size());
    }
}
