package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;

/** A Chinese-language report, written for this test in the yearbook's own structure, parses like the English ones. */
class ChineseReportTest {

    /**
     * Chapter title, bracketed headings, a continuation paragraph, an attribution, and the site footer. The server's
     * tests index the same file beside the English seeds.
     */
    static final String GUIZHOU_2011 = fixture("/fixtures/guizhou_2011_zh.txt");

    private static String fixture(String resource) {
        try (InputStream in = ChineseReportTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parsesChapterProvinceYearAndLanguageFromChineseText() {
        ParsedReport report = new ReportParser().parse("guizhou_2011_zh.txt", GUIZHOU_2011);

        assertEquals(1, report.chapters().size());
        Chapter chapter = report.chapters().getFirst();
        assertEquals("贵州省扶贫开发", chapter.title());
        assertEquals(Province.GUIZHOU, chapter.province());
        assertEquals(2011, chapter.year());
        assertEquals("贵州省扶贫开发办公室", chapter.office());
        assertEquals(Language.ZH, chapter.language());
        assertEquals(
                List.of("概况", "雨露计划", "易地扶贫搬迁", "贫困村互助资金"),
                chapter.sections().stream().map(Section::heading).toList());
    }

    @Test
    void tagsChineseSectionsAndKeepsContinuationsAndDropsFooter() {
        Chapter chapter = new ReportParser()
                .parse("guizhou_2011_zh.txt", GUIZHOU_2011)
                .chapters()
                .getFirst();

        List<Section> sections = chapter.sections();
        assertEquals(List.of(Program.OVERVIEW), sections.get(0).programs());
        assertTrue(sections.get(1).programs().contains(Program.RAIN_PLAN));
        assertTrue(sections.get(2).programs().contains(Program.RELOCATION));
        assertTrue(sections.get(3).programs().contains(Program.MUTUAL_FUNDS));
        assertTrue(sections.get(1).text().startsWith("2011年，贵州省培训转移农村劳动力60万人"));
        assertTrue(sections.get(1).text().endsWith("\n\n全省雨露计划培训基地达到117个。"));
        assertTrue(sections.stream().allMatch(s -> s.language() == Language.ZH));
        assertTrue(sections.stream()
                .noneMatch(s -> s.text().contains("扫描") || s.text().contains("扶贫开发办公室")));
    }
}
