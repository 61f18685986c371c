package org.fupin.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/vocabulary.md is what {@link VocabularyDoc} generates from the enums; after changing a program or province,
 * regenerate it with {@code ./mvnw -q -pl indexer test -Dtest=VocabularyDocTest -Dvocabulary.update=true} and commit
 * the file.
 */
class VocabularyDocTest {

    /** The document, relative to the indexer module (surefire's working folder). */
    private static final Path DOC = Path.of("..", "docs", "vocabulary.md");

    @Test
    void theCheckedInVocabularyIsWhatTheCodeGenerates() throws Exception {
        String generated = VocabularyDoc.markdown();
        if (Boolean.getBoolean("vocabulary.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }

        assertTrue(Files.exists(DOC), DOC.toAbsolutePath() + " is missing; " + HOW_TO_REGENERATE);
        assertEquals(
                generated,
                Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/vocabulary.md differs from the" + " code (org.fupin.vocab); " + HOW_TO_REGENERATE);
    }

    @Test
    void everyProgramAndProvinceHasARow() {
        String doc = VocabularyDoc.markdown();

        for (Program p : Program.values()) {
            assertTrue(doc.contains("| `" + p.id() + "` | " + p.english() + " | " + p.chinese() + " | "), p.id());
        }
        for (Province p : Province.values()) {
            assertTrue(doc.contains("| `" + p.english() + "` | " + p.english() + " | " + p.chinese() + " |"), p.name());
        }
        assertEquals(25, Program.values().length);
        assertEquals(32, Province.values().length);
    }

    private static final String HOW_TO_REGENERATE =
            "regenerate it with ./mvnw -q -pl indexer test -Dtest=VocabularyDocTest -Dvocabulary.update=true"
                    + " (or run org.fupin.vocab.VocabularyDoc) and commit it";
}
