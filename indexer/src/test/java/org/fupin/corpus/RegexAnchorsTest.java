package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The prefilter must never skip a regex that could match: anchors are literal prefixes of every alternative. */
class RegexAnchorsTest {

    @Test
    void takesTheLiteralPrefixOfEveryTopLevelAlternative() {
        assertEquals(List.of("mutual ", "mutual aid", "互助资金"), RegexAnchors.of("mutual (aid )?funds?|mutual aid|互助资金"));
        assertEquals(
                List.of("micro", "discount loan", "petty loan"),
                RegexAnchors.of("micro-?credit|discount loans?|petty loans?"));
        assertEquals(List.of("loan"), RegexAnchors.of("\\bloans?\\b"));
        assertEquals(List.of("entire "), RegexAnchors.of("entire (village|town|township)( \\([a-z]+\\))? advancement"));
    }

    @Test
    void givesNoAnchorsWhenAnAlternativeStartsWithAGroup() {
        assertEquals(List.of(), RegexAnchors.of("rain plan|(?<!mutual )funds?"));
    }

    @Test
    void mayMatchOnlyWhenAnAnchorOccurs() {
        List<String> anchors = RegexAnchors.of("rain plan|雨露计划");

        assertEquals(true, RegexAnchors.mayMatch("the rain plan trained", anchors));
        assertEquals(false, RegexAnchors.mayMatch("the plan for rain", anchors));
        assertEquals(true, RegexAnchors.mayMatch("anything", List.of()));
    }

    @Test
    void countsMatchesExactlyAsFindDoesOnTheSeedText() throws Exception {
        List<String> patterns = List.of(
                "mutual (aid )?funds?|mutual aid|互助资金",
                "relocat|resettle|ex-situ|搬迁|移民",
                "micro-?credit|discount loans?|petty loans?|interest subsid|小额信贷|贴息|扶贫贷款",
                "\\bloans?\\b",
                "entire (village|town|township)( \\([a-z]+\\))? advancement|整村推进",
                "fund|funds|funds? of",
                "poverty|poverty alleviation|poverty-stricken",
                "in|ing");
        int compared = 0;
        for (Chapter chapter : SeedCorpus.chapters()) {
            for (Section section : chapter.sections()) {
                String body = section.text().toLowerCase(Locale.ROOT);
                for (String regex : patterns) {
                    Pattern pattern = Pattern.compile(regex);
                    Matcher m = pattern.matcher(body);
                    int expected = 0;
                    while (m.find()) {
                        expected++;
                    }
                    assertEquals(
                            expected,
                            RegexAnchors.countMatches(pattern, body, RegexAnchors.of(regex)),
                            regex + " in " + section.heading());
                    compared += expected;
                }
            }
        }
        assertEquals(true, compared > 1000, "the seeds hold many matches to compare: " + compared);
    }
}
