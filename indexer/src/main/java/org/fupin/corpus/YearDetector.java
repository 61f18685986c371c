package org.fupin.corpus;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a chapter reports on from its text: the year that the text most often presents as the current one
 * ("In 2012, …", "2012 is …", "2011年，…"), ignoring ranges ("(2011-2020)"), targets ("by 2015") and references to
 * the past ("as of the end of 2011").
 */
final class YearDetector {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:[-–—~至到]\\s*(?:19|20)?\\d{2}|to\\s+(?:19|20)\\d{2})");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:(?:19|20)\\d{2}\\s*[-–—~至到]\\s*)$");
    private static final Pattern CURRENT_BEFORE = Pattern.compile("(?i)(?:^|[^a-z])(?:in|during|for)\\s+(?:the\\s+year\\s+(?:of\\s+)?)?$");
    private static final Pattern NOT_CURRENT_BEFORE = Pattern.compile(
            "(?i)(?:by|to|until|till|before|end of|from|since|after|through|of|到|至|截至|截止)\\s*$");
    private static final Pattern CURRENT_AFTER = Pattern.compile("^(?:\\s+(?:is|was)\\b|年)");

    private YearDetector() {
    }

    /** The report year, or empty when the text presents no year as current. */
    static OptionalInt detect(String text) {
        Map<Integer, Integer> scores = new TreeMap<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String before = text.substring(Math.max(0, start - 24), start);
            String after = text.substring(end, Math.min(text.length(), end + 12));
            if (RANGE_BEFORE.matcher(before).find() || isRangeStart(after)) {
                continue;
            }
            int score;
            if (CURRENT_BEFORE.matcher(before).find() || CURRENT_AFTER.matcher(after).find()) {
                score = 3;
            } else if (NOT_CURRENT_BEFORE.matcher(before).find()) {
                score = 0;
            } else {
                score = 1;
            }
            if (after.startsWith("年") && NOT_CURRENT_BEFORE.matcher(before).find()) {
                score = 0;
            }
            scores.merge(Integer.parseInt(m.group(1)), score, Integer::sum);
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> OptionalInt.of(e.getKey()))
                .orElse(OptionalInt.empty());
    }

    private static boolean isRangeStart(String after) {
        return RANGE_AFTER.matcher(after).find();
    }
}
