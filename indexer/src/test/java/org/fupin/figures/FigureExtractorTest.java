package org.fupin.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extraction rules one by one, on sentences written for the test and on the Chinese Guizhou 2011 fixture. */
class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    /** One line per figure: value, unit, [measure], qualifier, "text". */
    private String figures(String text) {
        return extractor.extract(text).stream()
                .map(f -> f.value().toPlainString() + " " + f.unit().label() + " [" + f.measure() + "] "
                        + (f.qualifier() == Qualifier.NONE ? "" : f.qualifier().label() + " ") + "\"" + f.text() + "\"")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void normalisesScaleWordsAndThousandsSeparators() {
        assertEquals(
                """
                64407800 yuan [loans repaid] "64.4078 million Yuan"
                71.18 percent [repayment rate] "71.18%"
                2355460000 yuan [discount loans] "2.35546 billion yuan"
                1628 households [poor households] "1,628 poor households\"""",
                figures("A total of 64.4078 million Yuan of loans was repaid and the repayment rate was 71.18%. "
                        + "It issued discount loans of 2.35546 billion yuan to 1,628 poor households."));
    }

    @Test
    void yearsDatesDocumentNumbersOrdinalsAndPlanNamesAreNotFigures() {
        assertEquals(
                "",
                figures("In 2011, the province implemented the “Outline for Poverty Reduction (2011-2020)” "
                        + "and the 12th Five-Year Plan, issued on November 15, 2011 as Document No. 5, ranking No.10 in the "
                        + "country, and built a 220-volt line and 1.5-meter pipes."));
    }

    @Test
    void readsQualifiersBeforeAndAfterTheNumber() {
        assertEquals(
                """
                100 percent [repayment rate] nearly "100%"
                800000000 yuan [income] more than "800 million yuan"
                2000000000 yuan [relief funds] "2 billion yuan"
                36 percent [relief funds] up "36%"
                17000000 yuan [relief funds] up "17 million yuan\"""",
                figures("The repayment rate was nearly 100%. It created income of more than 800 million yuan. "
                        + "It obtained relief funds of 2 billion yuan, up 36%, 17 million yuan more than in 2011."));
    }

    @Test
    void aSentenceIsTokenisedOnlyFromShortlyBeforeTheClauseOfItsFirstNumber() {
        String s = "Under the leadership of the provincial party committee and government, and with the support of all "
                + "sectors of society, the repayment rate of the mutual funds was 71.18% (No. 5 of the list).";

        int from = EnglishFigures.readFrom(s);

        // The lead-in before the clause is skipped; the tokens from there are the whole sentence's tokens.
        assertTrue(from > s.indexOf("government"), "from " + from);
        assertTrue(from < s.indexOf(", the repayment"), "from " + from);
        assertTrue(Character.isWhitespace(s.charAt(from - 1)));
        List<Token> whole = Tokens.of(s);
        List<Token> tail = Tokens.of(s, from, s.length());
        List<Token> wholeTail = whole.subList(whole.size() - tail.size(), whole.size());
        assertEquals(
                wholeTail.stream()
                        .map(t -> t.start() + ":" + t.text() + ":" + t.glued())
                        .toList(),
                tail.stream()
                        .map(t -> t.start() + ":" + t.text() + ":" + t.glued())
                        .toList());
        assertEquals("71.18 percent [repayment rate of the mutual funds] \"71.18%\"", figures(s));
        // No clause mark before the first number: the whole sentence is read.
        assertEquals(0, EnglishFigures.readFrom("The repayment rate of the mutual funds was 71.18%."));
    }

    @Test
    void offsetsPointAtTheFigureInItsSentenceAndTheSentenceInTheText() {
        String text = "Overview.\n\nIn 2012, 45.5 million yuan was issued to 5,170 rural households.";

        Figure first = extractor.extract(text).get(0);

        assertEquals("45.5 million yuan", first.text());
        assertEquals(
                first.text(),
                text.substring(first.sentenceStart() + first.start(), first.sentenceStart() + first.end()));
        assertEquals("In 2012, 45.5 million yuan was issued to 5,170 rural households.", first.sentence());
    }

    @Test
    void chineseUnitsAreNormalised() {
        assertEquals("""
                644000000 yuan [投入扶贫资金] "6.44亿元"
                35000 people [培训农民] "3.5万人"
                71.18 percent [互助资金还款率] "71.18%"
                120 villages [试点村] "120个"
                12000 person-times [培训干部] "1.2万人次\"""", figures("2012年，全省投入扶贫资金6.44亿元，培训农民3.5万人，互助资金还款率为71.18%，试点村120个。培训干部1.2万人次。"));
    }

    @Test
    void chineseFixtureYieldsItsFiguresWithChineseUnitsNormalised() throws Exception {
        String text =
                Files.readString(Path.of("src/test/resources/fixtures/guizhou_2011_zh.txt"), StandardCharsets.UTF_8);

        List<Figure> found = extractor.extract(text);

        assertEquals("""
                600000 people [农村贫困人口] down "60万人"
                50 counties [国家扶贫开发工作重点县] "50个国家扶贫开发工作重点县"
                17 percent [农民人均纯收入] up "17%"
                600000 people [培训转移农村劳动力] "60万人"
                117 items [雨露计划培训基地] "117个"
                31000 people [易地扶贫搬迁] "3.1万人"
                120 items [建设移民安置点] "120个"
                300 villages [新增互助资金试点村] "300个"
                98 percent [互助资金还款率] "98%\"""", figures(text));
        assertEquals(9, found.size());
    }
}
