package org.fupin.query.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    private static List<String> bundledLines() throws IOException {
        try (InputStream in = Glossary.class.getResourceAsStream(Glossary.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyBundledLineIsACommentABlankOrAnEntry() throws IOException {
        List<String> lines = bundledLines();

        long entries = lines.stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .count();
        Glossary glossary = Glossary.bundled();

        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            assertEquals(2, columns.length, "one tab per line: " + line);
            assertTrue(glossary.lookup(columns[0]).isPresent(), "loaded: " + line);
            assertEquals(
                    List.of(columns[1].split("\\|")),
                    glossary.lookup(columns[0]).get().targets(),
                    line);
        }
        assertEquals(entries, glossary.size(), "no line lost or merged");
        assertTrue(glossary.size() >= 300, "glossary has " + glossary.size() + " terms");
    }

    @Test
    void everyProvinceWithAndWithoutSuffixMapsToItsCanonicalName() {
        Glossary glossary = Glossary.bundled();

        for (Province province : Province.values()) {
            assertEquals(
                    province.english(),
                    glossary.lookup(province.chinese()).orElseThrow().targets().get(0),
                    province.chinese());
        }
        assertEquals(
                "Guangxi", glossary.lookup("广西壮族自治区").orElseThrow().targets().get(0));
        assertEquals(
                "Inner Mongolia",
                glossary.lookup("内蒙古自治区").orElseThrow().targets().get(0));
        assertEquals(
                "Xinjiang", glossary.lookup("新疆维吾尔自治区").orElseThrow().targets().get(0));
        assertEquals(
                "Ningxia", glossary.lookup("宁夏回族自治区").orElseThrow().targets().get(0));
        assertEquals("Tibet", glossary.lookup("西藏自治区").orElseThrow().targets().get(0));
        assertEquals("Guizhou", glossary.lookup("贵州省").orElseThrow().targets().get(0));
        assertEquals("Chongqing", glossary.lookup("重庆市").orElseThrow().targets().get(0));
    }

    @Test
    void malformedLineIsReportedWithFileAndLineNumber() {
        String text = "# my terms\n\n雨露计划\tRain Plan\n扶贫开发 poverty alleviation\n";

        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> Glossary.parse("my.tsv", text));

        assertEquals("my.tsv", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("my.tsv:4: expected <chinese term><TAB><english>"), e.getMessage());
        assertTrue(e.getMessage().contains("found no tab"), e.getMessage());
    }

    @Test
    void otherMalformedLinesAreRejectedWithAReason() {
        assertMalformed("雨露计划\tRain Plan|\n", "empty English target");
        assertMalformed("雨露计划\tRain Plan\textra\n", "found 2 tabs");
        assertMalformed("\tRain Plan\n", "empty Chinese term");
        assertMalformed("rain plan\tRain Plan\n", "has no Chinese characters");
        assertMalformed("雨露 计划\tRain Plan\n", "contains a space");
        assertMalformed("贫困\tof the\n", "has no searchable word");
        assertMalformed("雨露计划\tRain Plan\n雨露计划\tYulu Plan\n", "duplicate term \"雨露计划\" (first on line 1)");
    }

    private static void assertMalformed(String text, String reason) {
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> Glossary.parse("t.tsv", text));
        assertTrue(e.getMessage().startsWith("t.tsv:"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void longestMatchWinsOverShorterTermsAtTheSamePosition() {
        Glossary glossary = Glossary.bundled();

        assertEquals(
                "易地扶贫搬迁", glossary.longestMatchAt("易地扶贫搬迁工程", 0).orElseThrow().source());
        assertEquals(
                "扶贫搬迁", glossary.longestMatchAt("易地扶贫搬迁工程", 2).orElseThrow().source());
        assertEquals(
                "新疆生产建设兵团", glossary.longestMatchAt("新疆生产建设兵团", 0).orElseThrow().source());
        assertFalse(glossary.longestMatchAt("量子计算", 0).isPresent());
    }

    @Test
    void reverseIndexFindsChineseTermsForEnglishInAnyInflection() {
        Glossary glossary = Glossary.bundled();

        assertEquals(List.of("雨露计划", "雨露计划培训", "雨露工程"), glossary.sourcesFor("Rain Plan"));
        assertTrue(glossary.sourcesFor("mutual fund").contains("互助资金"));
        assertTrue(glossary.sourcesFor("Relocated").contains("易地扶贫搬迁"));
        assertEquals(List.of("还款率"), glossary.sourcesFor("repayment rates"));
        assertEquals(List.of(), glossary.sourcesFor("quantum computing"));
    }

    @Test
    void userFileAddsTermsAndReplacesBundledOnes(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra-glossary.tsv");
        Files.writeString(extra, "# local additions\n量子计算\tquantum computing\n雨露计划\tRain Plan|Yulu Plan\n");

        Glossary glossary = Glossary.load(extra);

        assertEquals(
                List.of("quantum computing"),
                glossary.lookup("量子计算").orElseThrow().targets());
        assertEquals(
                List.of("Rain Plan", "Yulu Plan"),
                glossary.lookup("雨露计划").orElseThrow().targets());
        assertEquals(Glossary.bundled().size() + 1, glossary.size());
        assertTrue(glossary.sourcesFor("Yulu Plan").contains("雨露计划"));
    }

    @Test
    void userFileErrorsNameThatFile(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra-glossary.tsv");
        Files.writeString(extra, "量子计算\tquantum computing\n量子通信\n");

        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> Glossary.load(extra));

        assertEquals(extra.toString(), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void userFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("gbk.tsv");
        Files.write(extra, "量子计算\tquantum computing\n".getBytes("GBK"));

        IOException e = assertThrows(IOException.class, () -> Glossary.load(extra));

        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }
}
