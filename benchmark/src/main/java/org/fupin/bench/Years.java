package org.fupin.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves remixed text to another report year. Every year mention moves by the same offset, so a chapter's own year
 * stays the one it presents as current ("In 2012," becomes "In 2007,") and earlier or later years keep their order
 * relative to it, which is what the parser's year detector weighs.
 */
final class Years {

    /** The same shape of year the parser recognises: 19xx or 20xx not inside a longer number. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?!\\d)");

    private Years() {}

    /** True when the text mentions a year. */
    static boolean mentionsYear(String text) {
        return YEAR.matcher(text).find();
    }

    /** True when every year the text mentions is {@code year} (or it mentions none). */
    static boolean onlyMentions(String text, int year) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                return false;
            }
        }
        return true;
    }

    /** The text with every year moved by {@code delta}. */
    static String shift(String text, int delta) {
        if (delta == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) + delta));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
