package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefilter must never skip a regex that could match: anchors are literal prefixes of every alternative. */
class RegexAnchorsTest {

    @Test
    void takesTheLiteralPrefixOfEveryTopLevelAlternative() {
        assertEquals(List.of("mutual ", "mutual aid", "互助资金"), RegexAnchors.of("mutual (aid )?funds?|mutual aid|互助资金"));
        assertEquals(List.of("micro", "discount loan", "petty loan"),
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
}
