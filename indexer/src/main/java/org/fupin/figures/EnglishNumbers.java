package org.fupin.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads a number written in digits and the scale word after it ("64.4078 million", "1.2 billion", "600,000"). */
final class EnglishNumbers {

    /**
     * A number in a token list.
     *
     * @param first token index of the digits
     * @param last  token index of the last token read (the digits or the scale word)
     * @param value the number times its scale
     */
    record NumberAt(int first, int last, BigDecimal value) {}

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"),
            "billion", new BigDecimal("1000000000"),
            "trillion", new BigDecimal("1000000000000"));

    private EnglishNumbers() {}

    /** The number whose digits are token {@code i}. */
    static NumberAt at(List<Token> tokens, int i) {
        BigDecimal value = new BigDecimal(tokens.get(i).text().replace(",", ""));
        int last = i;
        // "hundred million" and "ten thousand" are how some translations write 亿 and 万.
        if (last + 2 < tokens.size()
                && tokens.get(last + 1).is("hundred")
                && tokens.get(last + 2).is("million")) {
            return new NumberAt(i, last + 2, value.multiply(new BigDecimal("100000000")));
        }
        if (last + 2 < tokens.size()
                && tokens.get(last + 1).is("ten")
                && tokens.get(last + 2).is("thousand")) {
            return new NumberAt(i, last + 2, value.multiply(new BigDecimal("10000")));
        }
        if (last + 1 < tokens.size()) {
            BigDecimal scale = SCALES.get(tokens.get(last + 1).lower());
            if (scale != null) {
                value = value.multiply(scale);
                last++;
            }
        }
        return new NumberAt(i, last, value.stripTrailingZeros());
    }

    /** True for a whole number that could be a year of these reports: four digits, no separator, 1949 to 2030. */
    static boolean yearLike(Token token) {
        // Read in place: this runs for every number, and a substring and a stream per call were a visible share.
        if (token.length() != 4) {
            return false;
        }
        int n = 0;
        for (int k = 0; k < 4; k++) {
            char c = token.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 1949 && n <= 2030;
    }
}
