package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;

/** A Chinese-language report, written for this test in the yearbook's own structure, parses like the English ones. */
class ChineseReportTest {

    /** Chapter title, bracketed headings, a continuation paragraph, an attribution, and the site footer. */
    static final String GUIZHOU_2011 = """
            贵州省扶贫开发

            　　【概况】2011年，贵州省继续实施“扶贫开发第一民生工程”，全年减少农村贫困人口60万人，50个国家扶贫开发工作重点县农民人均纯收入增长17%。

            　　【雨露计划】2011年，贵州省培训转移农村劳动力60万人，实施雨露计划职业教育补助，资助贫困家庭子女接受职业教育。

            　　全省雨露计划培训基地达到117个。

            　　【易地扶贫搬迁】2011年，贵州省实施扶贫生态移民工程，易地扶贫搬迁3.1万人，建设移民安置点120个。

            　　【贫困村互助资金】2011年，全省新增互助资金试点村300个，互助资金还款率达到98%。

            　　（贵州省扶贫开发办公室）

            扫描下载手机客户端
            地址:北京朝阳区太阳宫北街1号 邮编100028
            版权所有©中国国际扶贫中心 未经许可不得复制
            """;

    @Test
    void parsesChapterProvinceYearAndLanguageFromChineseText() {
        ParsedReport report = new ReportParser(HeadingLexicon.empty()).parse("guizhou_2011_zh.txt", GUIZHOU_2011);

        assertEquals(1, report.chapters().size());
        Chapter chapter = report.chapters().getFirst();
        assertEquals("贵州省扶贫开发", chapter.title());
        assertEquals(Province.GUIZHOU, chapter.province());
        assertEquals(2011, chapter.year());
        assertEquals("贵州省扶贫开发办公室", chapter.office());
        assertEquals(Language.ZH, chapter.language());
        assertEquals(List.of("概况", "雨露计划", "易地扶贫搬迁", "贫困村互助资金"),
                chapter.sections().stream().map(Section::heading).toList());
    }

    @Test
    void tagsChineseSectionsAndKeepsContinuationsAndDropsFooter() {
        Chapter chapter = new ReportParser(HeadingLexicon.empty()).parse("guizhou_2011_zh.txt", GUIZHOU_2011)
                .chapters().getFirst();

        List<Section> sections = chapter.sections();
        assertEquals(List.of(Program.OVERVIEW), sections.get(0).programs());
        assertTrue(sections.get(1).programs().contains(Program.RAIN_PLAN));
        assertTrue(sections.get(2).programs().contains(Program.RELOCATION));
        assertTrue(sections.get(3).programs().contains(Program.MUTUAL_FUNDS));
        assertTrue(sections.get(1).text().startsWith("2011年，贵州省培训转移农村劳动力60万人"));
        assertTrue(sections.get(1).text().endsWith("\n\n全省雨露计划培训基地达到117个。"));
        assertTrue(sections.stream().allMatch(s -> s.language() == Language.ZH));
        assertTrue(sections.stream().noneMatch(s -> s.text().contains("扫描") || s.text().contains("扶贫开发办公室")));
    }
}
