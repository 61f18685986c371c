package org.fupin.corpus;

import java.util.Comparator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the year a chapter reports on from its text: the year that the text most often presents as the current one
 * ("In 2012, …", "2012 is …", "2011年，…"), ignoring ranges ("(2011-2020)"), targets ("by 2015") and references to
 * the past ("as of the end of 2011").
 *
 * <p>Written as a scan over characters rather than regular expressions: it runs over every year mention of every
 * chapter and showed up in index-build profiles.
 */
final class YearDetector {

    private static final Set<String> CURRENT_BEFORE = Set.of("in", "during", "for");
    private static final Set<String> NOT_CURRENT_BEFORE =
            Set.of("by", "to", "until", "till", "before", "from", "since", "after", "through", "of");
    private static final String RANGE_DASHES = "-–—~至到";
    private static final int CURRENT = 3;
    private static final int NEUTRAL = 1;
    private static final int NOT_CURRENT = 0;

    private YearDetector() {}

    /**
     * The first year these reports can cover: the State Council's poverty alleviation office was founded in 1986, and
     * the provincial reports start after it. The last is the year after the current one (a report on a year that has
     * not begun is a misreading).
     */
    static final int FIRST_YEAR = 1986;

    /**
     * The outcome of the vote over a text's year mentions.
     *
     * @param year          the winning year, or 0 when no year is presented as current
     * @param score         its score
     * @param runnerUp      the year with the next highest score, or 0 when there is none
     * @param runnerUpScore that year's score
     */
    record Vote(int year, int score, int runnerUp, int runnerUpScore) {

        /** A winner that one more mention of the runner-up as the current year would have beaten or tied. */
        boolean weak() {
            return year != 0 && runnerUpScore > 0 && score - runnerUpScore < CURRENT;
        }

        /** A winner no report can be about. */
        boolean outOfRange(int lastYear) {
            return year != 0 && (year < FIRST_YEAR || year > lastYear);
        }
    }

    /** The report year, or empty when the text presents no year as current. */
    static OptionalInt detect(String text) {
        Vote vote = vote(text);
        return vote.year() == 0 ? OptionalInt.empty() : OptionalInt.of(vote.year());
    }

    /** The vote over every year mention of the text. */
    static Vote vote(String text) {
        Map<Integer, Integer> scores = new TreeMap<>();
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            if (!isYearAt(text, i)) {
                continue;
            }
            int end = i + 4;
            if (!isRangeEnd(text, i) && !isRangeStart(text, end)) {
                scores.merge(Integer.parseInt(text, i, end, 10), score(text, i, end), Integer::sum);
            }
            i = end - 1;
        }
        Comparator<Map.Entry<Integer, Integer>> order =
                Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey());
        Map.Entry<Integer, Integer> winner = scores.entrySet().stream()
                .filter(e -> e.getValue() >= CURRENT)
                .max(order)
                .orElse(null);
        if (winner == null) {
            return new Vote(0, 0, 0, 0);
        }
        Map.Entry<Integer, Integer> second = scores.entrySet().stream()
                .filter(e -> !e.getKey().equals(winner.getKey()) && e.getValue() > 0)
                .max(order)
                .orElse(null);
        return second == null
                ? new Vote(winner.getKey(), winner.getValue(), 0, 0)
                : new Vote(winner.getKey(), winner.getValue(), second.getKey(), second.getValue());
    }

    /**
     * Four digits starting 19 or 20, not part of a longer number, a decimal or a word ({@code tinytok1950},
     * {@code ABC2012}: a code or a name, not a year).
     */
    private static boolean isYearAt(String text, int i) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))
                || !isDigit(text.charAt(i + 2))
                || !isDigit(text.charAt(i + 3))) {
            return false;
        }
        if (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.' || isAsciiLetter(text.charAt(i - 1)))) {
            return false;
        }
        return i + 4 == text.length() || !isDigit(text.charAt(i + 4)) && !isAsciiLetter(text.charAt(i + 4));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int score(String text, int start, int end) {
        char next = end < text.length() ? text.charAt(end) : ' ';
        char previous = start > 0 ? text.charAt(start - 1) : ' ';
        boolean chineseTarget = previous == '到'
                || previous == '至'
                || text.startsWith("截至", Math.max(0, start - 2))
                || text.startsWith("截止", Math.max(0, start - 2));
        if (next == '年') {
            return chineseTarget ? NOT_CURRENT : CURRENT;
        }
        String[] words = precedingWords(text, start, 4);
        String last = words[0];
        if (CURRENT_BEFORE.contains(last) || isInTheYearOf(words) || isFollowedByIsOrWas(text, end)) {
            return CURRENT;
        }
        if (NOT_CURRENT_BEFORE.contains(last) || chineseTarget) {
            return NOT_CURRENT;
        }
        return NEUTRAL;
    }

    /** "in the year 2012", "in the year of 2012". */
    private static boolean isInTheYearOf(String[] words) {
        int k = words[0].equals("of") ? 1 : 0;
        return words[k].equals("year") && words[k + 1].equals("the") && CURRENT_BEFORE.contains(words[k + 2]);
    }

    private static boolean isFollowedByIsOrWas(String text, int end) {
        int i = skipSpaces(text, end);
        if (i == end) {
            return false;
        }
        for (String verb : new String[] {"is", "was"}) {
            int after = i + verb.length();
            if (text.startsWith(verb, i) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** "2011-2020", "2011 – 2015", "2011至2020年": the second year ends a range. */
    private static boolean isRangeEnd(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || RANGE_DASHES.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        i--;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 3 && isYearAt(text, i - 3);
    }

    /** "2011-2020", "2011-15", "2011 to 2020": the first year starts a range. */
    private static boolean isRangeStart(String text, int end) {
        int i = skipSpaces(text, end);
        if (i < text.length() && RANGE_DASHES.indexOf(text.charAt(i)) >= 0) {
            int j = skipSpaces(text, i + 1);
            return j + 1 < text.length() && isDigit(text.charAt(j)) && isDigit(text.charAt(j + 1));
        }
        if (i > end && text.startsWith("to", i)) {
            int j = skipSpaces(text, i + 2);
            return j > i + 2 && j + 4 <= text.length() && isYearAt(text, j);
        }
        return false;
    }

    /** Up to {@code count} lower-cased words before {@code start}, nearest first; missing words are "". */
    private static String[] precedingWords(String text, int start, int count) {
        String[] words = new String[count];
        java.util.Arrays.fill(words, "");
        int i = start - 1;
        for (int w = 0; w < count; w++) {
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            int wordEnd = i + 1;
            while (i >= 0 && Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x80) {
                i--;
            }
            if (wordEnd == i + 1) {
                break;
            }
            words[w] = text.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
        }
        return words;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
