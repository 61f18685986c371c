package org.fupin.search;

import java.util.stream.IntStream;

/**
 * A year filter: one year ({@code 2012}) or an inclusive range ({@code 2010-2012}).
 *
 * @param from first year
 * @param to   last year, not before {@code from}
 */
public record YearRange(int from, int to) {

    /** Longest range accepted, so a range cannot expand into an unbounded drill-down. */
    public static final int MAX_SPAN = 100;

    public YearRange {
        if (from < 1 || to < from || to - from >= MAX_SPAN) {
            throw new IllegalArgumentException("bad year range " + from + "-" + to);
        }
    }

    /** Parses {@code 2012} or {@code 2010-2012}; refuses anything else with a message naming the accepted forms. */
    public static YearRange parse(String value) {
        String v = value.strip();
        String[] parts = v.split("-", -1);
        try {
            if (parts.length == 1 && isYear(parts[0])) {
                int year = Integer.parseInt(parts[0]);
                return new YearRange(year, year);
            }
            if (parts.length == 2 && isYear(parts[0].strip()) && isYear(parts[1].strip())) {
                return new YearRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw SearchException.badRequest("year '" + value + "' is not allowed: use a four-digit year such as 2012 or"
                + " a range such as 2010-2012 (first year not after the last, at most " + MAX_SPAN + " years)");
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Every year in the range, ascending. */
    public IntStream years() {
        return IntStream.rangeClosed(from, to);
    }

    /** The API form: {@code 2012} or {@code 2010-2012}. */
    public String apiValue() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
