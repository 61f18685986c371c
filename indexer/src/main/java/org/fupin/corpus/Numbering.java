package org.fupin.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered paragraph start: {@code 1. }, {@code (1) }, {@code I. }, {@code 一、}, {@code （一）}, {@code 1、}.
 *
 * @param scheme which kind of number, so a chapter's headings and a list inside one section are told apart
 * @param value  the number (1 for {@code 1.}, {@code I.}, {@code 一、})
 * @param rest   the paragraph after the number, stripped
 */
record Numbering(Scheme scheme, int value, String rest) {

    /** The kinds of numbering, outermost first as Chinese reports nest them. */
    enum Scheme {
        /** {@code 一、雨露计划} */
        CHINESE,
        /** {@code （一）雨露计划}, {@code (一)} */
        CHINESE_PAREN,
        /** {@code I. Overview}, {@code IV. Rain Plan} */
        ROMAN,
        /** {@code 1. Rain Plan}, {@code 1、}, {@code 1．} */
        ARABIC,
        /** {@code (1) Rain Plan}, {@code （1）} */
        ARABIC_PAREN
    }

    // A number glued to its text only where that cannot be a decimal or a year: "1.015 billion" and "2012." are not
    // numbers.
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})(?:[.．](?![\\d])|、)\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[(（](\\d{1,2})[)）]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})[.．、]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE_PAREN =
            Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]\\s*(\\S.*)$", Pattern.DOTALL);

    /** The numbering that starts this paragraph, if any. */
    static Optional<Numbering> of(String paragraph) {
        if (paragraph.isEmpty()) {
            return Optional.empty();
        }
        char first = paragraph.charAt(0);
        if (first >= '0' && first <= '9') {
            return match(ARABIC, Scheme.ARABIC, paragraph);
        }
        if (first == '(' || first == '（') {
            Optional<Numbering> arabic = match(ARABIC_PAREN, Scheme.ARABIC_PAREN, paragraph);
            return arabic.isPresent() ? arabic : match(CHINESE_PAREN, Scheme.CHINESE_PAREN, paragraph);
        }
        if (first == 'I' || first == 'V' || first == 'X') {
            return match(ROMAN, Scheme.ROMAN, paragraph);
        }
        if ("一二三四五六七八九十".indexOf(first) >= 0) {
            return match(CHINESE, Scheme.CHINESE, paragraph);
        }
        return Optional.empty();
    }

    private static Optional<Numbering> match(Pattern pattern, Scheme scheme, String paragraph) {
        Matcher m = pattern.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        int value = switch (scheme) {
            case ARABIC, ARABIC_PAREN -> Integer.parseInt(m.group(1));
            case ROMAN -> roman(m.group(1));
            case CHINESE, CHINESE_PAREN -> chinese(m.group(1));
        };
        return value > 0
                ? Optional.of(new Numbering(scheme, value, Paragraphs.stripAll(m.group(2))))
                : Optional.empty();
    }

    /** I–XXXIX; 0 when the letters are not a well-formed Roman number. */
    static int roman(String s) {
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total > 0 && toRoman(total).equals(s) ? total : 0;
    }

    private static String toRoman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n >= 40 ? "" : tens[n / 10] + ones[n % 10];
    }

    /** 一 to 九十九; 0 when malformed. */
    static int chinese(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(s.charAt(0)) + 1 : 0;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digits.indexOf(s.charAt(ten + 1)) + 1 : -1;
        return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
    }
}
