package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The report year comes from how the text presents its own year, not from ranges or stray mentions. */
class YearDetectorTest {

    @Test
    void prefersTheYearTheTextPresentsAsCurrent() {
        String text = "In 2012, the province issued the Outline (2011-2020). By 2015, double the income. "
                + "As of the end of 2011, 7.95 million poor. In 2012, 30 projects were built.";

        assertEquals(OptionalInt.of(2012), YearDetector.detect(text));
    }

    @Test
    void ignoresRangesAndTargets() {
        assertEquals(OptionalInt.empty(), YearDetector.detect("the Outline (2011-2020) sets targets by 2015 and to 2020"));
    }

    @Test
    void readsChineseYears() {
        assertEquals(OptionalInt.of(2011), YearDetector.detect("2011年，贵州省实施扶贫生态移民工程；到2015年完成搬迁。"));
    }

    @Test
    void readsYearIsSentences() {
        assertEquals(OptionalInt.of(2012), YearDetector.detect("2012 is a key year for Hebei Province; in the 2011-2020 period"));
    }
}
