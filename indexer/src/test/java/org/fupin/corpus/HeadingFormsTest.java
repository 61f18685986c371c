package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;

/**
 * One small report per heading form seen in real reports beyond the seeds, and the chapter-consistency rules: each
 * chapter is split by the style it uses, and body paragraphs that merely look like headings stay body text.
 */
class HeadingFormsTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void arabicNumberedHeadingsAloneOnTheirLinesWithoutBlankLines() {
        Chapter c = only("""
                Poverty Alleviation and Development in Hebei Province
                1. Overview
                In 2012, Hebei Province reduced the rural poor by 600,000.
                2. Rain Plan
                In 2012, the province trained 30,000 young people.
                The training covered three trades:
                1. welding and machining, for 12,000 trainees;
                2. cooking, for 9,000 trainees.
                3. Mutual Funds
                Hebei Province set up mutual funds in 300 villages.
                """);

        assertEquals(List.of("Overview", "Rain Plan", "Mutual Funds"), headings(c));
        assertTrue(
                c.sections().get(1).text().contains("\n\n1. welding and machining"),
                "a list inside a section restarts at 1");
        assertEquals(ChapterStyle.NUMBERED, styleOf(c));
        assertEquals(List.of(Program.RAIN_PLAN), c.sections().get(1).programs());
    }

    @Test
    void parenthesisedAndRomanNumbers() {
        assertEquals(List.of("Overview", "Rain Plan"), headings(only("""
                Poverty Alleviation and Development in Gansu Province

                (1) Overview

                In 2012, Gansu Province invested 1.2 billion yuan.

                (2) Rain Plan In 2012, the province trained 20,000 people.
                """)));
        assertEquals(List.of("Overview", "Rain Plan", "Relocation"), headings(only("""
                Poverty Alleviation and Development in Gansu Province
                I. Overview
                In 2012, Gansu Province invested 1.2 billion yuan.
                II. Rain Plan
                Gansu Provincial Poverty Alleviation Office trained 20,000 people.
                III. Relocation
                The province relocated 31,000 people.
                """)));
    }

    @Test
    void chineseNumberedHeadings() {
        Chapter c = only("""
                甘肃省扶贫开发
                一、概况
                2012年，甘肃省减少农村贫困人口80万人。
                二、雨露计划
                2012年，全省培训贫困劳动力2万人。
                （一）职业教育
                资助贫困家庭子女接受职业教育。
                三、互助资金
                2012年，全省新增互助资金试点村300个。
                """);

        assertEquals(List.of("概况", "雨露计划", "互助资金"), headings(c));
        assertTrue(c.sections().get(1).text().contains("（一）职业教育"), "a lower level stays in its section");
        assertEquals(Province.GANSU, c.province());
        assertEquals(2012, c.year());
    }

    @Test
    void chineseParenthesisedNumbersWithTheHeadingEndingInAFullStop() {
        assertEquals(List.of("雨露计划", "易地扶贫搬迁"), headings(only("""
                贵州省扶贫开发

                （一）雨露计划。2011年，贵州省培训转移农村劳动力60万人。

                （二）易地扶贫搬迁。2011年，贵州省易地扶贫搬迁3.1万人。
                """)));
    }

    @Test
    void chineseBracketedHeadings() {
        assertEquals(List.of("概况", "雨露计划"), headings(only("""
                贵州省扶贫开发
                　　【概况】2011年，贵州省继续实施“扶贫开发第一民生工程”。
                　　【雨露计划】2011年，贵州省培训转移农村劳动力60万人。
                　　全省雨露计划培训基地达到117个。
                """)));
    }

    @Test
    void headingsEndingWithAColon() {
        Chapter inline = only("""
                Poverty Alleviation and Development in Hunan Province

                Overview: In 2012, Hunan Province reduced the rural poor by 1.2 million.

                Rain Plan: The province supported 12,000 children from poor families.

                Hunan Provincial Poverty Alleviation Office issued the implementation rules.

                Mutual Funds: 300 villages set up mutual funds.
                """);
        assertEquals(List.of("Overview", "Rain Plan", "Mutual Funds"), headings(inline));
        assertTrue(inline.sections().get(1).text().endsWith("issued the implementation rules."));

        assertEquals(List.of("Overview", "Rain Plan"), headings(only("""
                Poverty Alleviation and Development in Hunan Province
                Overview:
                In 2012, Hunan Province reduced the rural poor by 1.2 million.
                Rain Plan:
                The province supported 12,000 children from poor families.
                """)));
    }

    @Test
    void sentenceCaseHeadingsAloneOnALineWithoutBlankLines() {
        Chapter c = only("""
                Poverty Alleviation and Development in Sichuan Province
                Poverty reduction planning
                In 2011, Sichuan Province completed the planning for 36 counties.
                Sichuan Provincial Party Committee and Provincial Government issued the opinions.
                poverty alleviation research and advocacy
                It strengthened poverty alleviation research.
                """);

        assertEquals(List.of("Poverty reduction planning", "poverty alleviation research and advocacy"), headings(c));
        assertEquals(ChapterStyle.LINE, styleOf(c));
    }

    @Test
    void allCapsHeadingsAloneAndInline() {
        assertEquals(List.of("OVERVIEW", "RAIN PLAN"), headings(only("""
                Poverty Alleviation and Development in Yunnan Province
                OVERVIEW
                In 2012, Yunnan Province invested 1.3 billion yuan.
                RAIN PLAN
                The province trained 40,000 people.
                """)));
        assertEquals(List.of("OVERVIEW", "RAIN PLAN"), headings(only("""
                Poverty Alleviation and Development in Yunnan Province

                OVERVIEW In 2012, Yunnan Province invested 1.3 billion yuan.

                RAIN PLAN The province trained 40,000 people. LGOP allocated 15 million yuan.
                """)));
    }

    @Test
    void inABracketedChapterOnlyBracketedLinesAreHeadings() {
        // The two paragraphs the issue found split off as sections of their own.
        Chapter c = only("""
                Poverty Alleviation and Development in Yunnan Province

                【Overview】 In 2012, Yunnan Province reduced the rural poor by 1 million.

                【Fixed-point Poverty Alleviation】 In 2012, 58 central units helped 73 key counties.

                Yunnan provincial government issued the "Appraisal Plan for Fixed-point Poverty Alleviation by Institutions  (2011-2015)" in March.

                Xinjiang Provincial Poverty Alleviation Office organized 141 organs to help poor villages.

                Poverty Alleviation Office Director Held the meeting on pairing-off support.

                Mutual Funds Association In 2012 lent 20 million yuan.

                【Rain Plan】 The province trained 40,000 people.
                """);

        assertEquals(List.of("Overview", "Fixed-point Poverty Alleviation", "Rain Plan"), headings(c));
        assertEquals(ChapterStyle.BRACKETED, styleOf(c));
        assertTrue(c.sections().get(1).text().contains("\n\nXinjiang Provincial Poverty Alleviation Office organized"));
    }

    @Test
    void aYearbookChapterMixesMarksAndOneStrayBracketDoesNotMakeItBracketed() {
        Chapter c = only("""
                Poverty Alleviation and Development in Jiangsu Province

                    Overview】 In 2012, proceeding from the whole situation, Jiangsu Province achieved a lot.

                    Work Conference on Poverty Alleviation and Development On March 18, 2012, Jiangsu Province held a conference.

                    Jiangsu Provincial Poverty Alleviation Office organized 141 organs to help poor villages.

                    File Archiving for Poverty-stricken PeopleIn 2012, based on extensive investigation, the province filed.

                    Fixed-point Poverty AlleviationIn 2012, Jiangsu Province further improved the mechanism.

                    "Dazhong Daily" opened up a special column on poverty reduction.

                    Contiguous Development  In 2012, Jiangsu Province identified six areas.
                """);

        assertEquals(
                List.of(
                        "Overview",
                        "Work Conference on Poverty Alleviation and Development",
                        "File Archiving for Poverty-stricken People",
                        "Fixed-point Poverty Alleviation",
                        "Contiguous Development"),
                headings(c));
        assertEquals(ChapterStyle.INLINE, styleOf(c));
    }

    @Test
    void aYearbookParagraphThatOpensWithAProvinceAVerbOrADateIsBodyText() {
        Chapter c = only("""
                Poverty Alleviation and Development in Hebei Province

                    Rain PlanIn 2012, the province provided subsidies.

                    Hebei Leading Group of Poverty Alleviation and Development met twice.

                    Organized 141 organs and groups to help poor villages.

                    Especially on November 15, 2012, the kick-off meeting was held.

                    Each 1000 yuan of loans generated 50 yuan of income.

                    Mutual FundsIn 2012, the state rewarded Hebei Province.
                """);

        assertEquals(List.of("Rain Plan", "Mutual Funds"), headings(c));
    }

    private static Chapter only(String text) {
        ParsedReport report = PARSER.parse("fixture.txt", text);
        assertEquals(1, report.chapters().size(), report.warnings().toString());
        return report.chapters().getFirst();
    }

    private static List<String> headings(Chapter c) {
        return c.sections().stream().map(Section::heading).toList();
    }

    /** The style the chapter was split by. */
    private static ChapterStyle styleOf(Chapter c) {
        return c.style();
    }
}
