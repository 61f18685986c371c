package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading takes the fast decoding path, and still tells a real U+FFFD from bytes that are not UTF-8. */
class CorpusReadTest {

    @TempDir
    Path dir;

    @Test
    void keepsAReplacementCharacterThatIsReallyInTheTextAndDropsTheByteOrderMark() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "\uFEFF贵州 \uFFFD Rain Plan", StandardCharsets.UTF_8);

        assertEquals("贵州 \uFFFD Rain Plan", Corpus.read(file));
    }

    @Test
    void refusesBytesThatAreNotUtf8AndSaysWhere() throws Exception {
        Path file = dir.resolve("b.txt");
        Files.write(file, new byte[] {'R', 'a', 'i', 'n', (byte) 0xC3, '(', ' '});

        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(file));
        assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("bad byte at offset 4"), e.getMessage());
    }
}
