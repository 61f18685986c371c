package org.fupin.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-lines export holds exactly the sections, metadata and text that a build of the same folder indexes. */
class SectionExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void exportOfTheSeedsMatchesTheIndexSectionBySection() throws Exception {
        Path index = temp.resolve("index");
        Path jsonl = temp.resolve("out/sections.jsonl");
        BuildSummary built = IndexBuilder.build(SeedCorpus.folder(), index);

        SectionExport.Summary exported = SectionExport.export(SeedCorpus.folder(), jsonl);

        Map<String, JsonNode> lines = read(jsonl);
        assertEquals(built.sections(), exported.sections());
        assertEquals(built.sections(), lines.size(), "one line per section, no duplicate ids");
        assertEquals(Files.size(jsonl), exported.bytes());
        assertFalse(Files.exists(temp.resolve("out/sections.jsonl.partial")));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                JsonNode line = lines.get(d.get(Schema.ID));
                assertTrue(line != null, "section " + d.get(Schema.ID) + " is in the index but not in the export");
                assertEquals(d.get(Schema.PROVINCE), text(line, Schema.PROVINCE));
                assertEquals(d.get(Schema.YEAR), text(line, Schema.YEAR));
                assertEquals(List.of(d.getValues(Schema.PROGRAM)), strings(line.path(Schema.PROGRAM)));
                assertEquals(d.get(Schema.LANG), text(line, Schema.LANG));
                for (String field : List.of(Schema.TITLE_EN, Schema.BODY_EN, Schema.TITLE_ZH, Schema.BODY_ZH)) {
                    assertEquals(d.get(field), text(line, field), field + " of " + d.get(Schema.ID));
                }
            }
        }
    }

    @Test
    void chineseSectionsCarryChineseFieldsAndTheChineseProvinceName() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("zh"));
        try (InputStream fixture =
                Objects.requireNonNull(getClass().getResourceAsStream("/fixtures/guizhou_2011_zh.txt"))) {
            Files.copy(fixture, folder.resolve("guizhou.txt"));
        }
        Path jsonl = temp.resolve("zh.jsonl");

        SectionExport.export(folder, jsonl);

        List<String> raw = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        // The Chinese fixture's sections, one line each (ChineseReportTest counts them from the parser).
        assertEquals(4, raw.size());
        for (String text : raw) {
            JsonNode line = JSON.readTree(text);
            assertEquals("zh", line.path(Schema.LANG).asText(), text);
            assertEquals("Guizhou", line.path(Schema.PROVINCE).asText());
            assertEquals("贵州", line.path(Schema.PROVINCE_ZH).asText());
            assertEquals(2011, line.path(Schema.YEAR).asInt());
            assertTrue(line.hasNonNull(Schema.TITLE_ZH) && line.hasNonNull(Schema.BODY_ZH), text);
            assertFalse(line.has(Schema.TITLE_EN) || line.has(Schema.BODY_EN), text);
        }
    }

    @Test
    void badInputWritesNothing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bad"));
        Files.write(folder.resolve("b.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Path jsonl = temp.resolve("bad.jsonl");

        CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(
                CorpusException.class, () -> SectionExport.export(folder, jsonl));

        assertTrue(e.getMessage().contains("b.txt"), e.getMessage());
        assertFalse(Files.exists(jsonl));
        assertFalse(Files.exists(temp.resolve("bad.jsonl.partial")));
    }

    private static Map<String, JsonNode> read(Path jsonl) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String text : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode line = JSON.readTree(text);
            byId.put(line.path(Schema.ID).asText(), line);
        }
        return byId;
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
