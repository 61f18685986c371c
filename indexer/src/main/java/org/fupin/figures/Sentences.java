package org.fupin.figures;

import java.util.ArrayList;
import java.util.List;

/** Splits section text into sentences, English and Chinese, keeping where each starts. */
final class Sentences {

    /**
     * One sentence and its offset in the text it was cut from.
     *
     * @param han         true when it holds a Han character, so the Chinese rules read it
     * @param firstDigit  where its first digit is, in {@code text}
     * @param lastDigit   where its last digit is, in {@code text}
     */
    record Sentence(String text, int start, boolean han, int firstDigit, int lastDigit) {}

    private Sentences() {}

    /**
     * The sentences of a text that hold a digit (figures are written in digits, so the others are not read and not
     * copied). A full stop ends a sentence only when whitespace and a capital, digit or quote follow, so decimals
     * ("64.4078"), "No.10" and abbreviations inside a sentence do not split it; Chinese stops (。！？；) and line
     * breaks always do.
     *
     * <p>This reads every character of every section, so it reads a copied {@code char[]} rather than the string: a
     * report with one curly quote is stored as UTF-16, and there each {@code charAt} paid a bounds check the JIT could
     * not remove (it was a third of the extraction's time).
     */
    static List<Sentence> withDigits(String text) {
        char[] cs = text.toCharArray();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = cs.length;
        int firstDigit = -1;
        int lastDigit = -1;
        boolean han = false;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            int end = -1;
            if (c < 0x40) { // digits and ASCII punctuation
                if (c >= '0' && c <= '9') {
                    if (firstDigit < 0) {
                        firstDigit = i;
                    }
                    lastDigit = i;
                    continue;
                }
                if (c == '\n') {
                    end = i;
                } else if ((c == '.' || c == '!' || c == '?') && endsEnglishSentence(cs, i)) {
                    end = i + 1;
                }
            } else if (c >= 0x3000) { // Chinese stops and Han characters; letters fall between
                if (c == '。' || c == '！' || c == '？' || c == '；') {
                    end = i + 1;
                } else if (!han && c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han = true;
                }
            }
            if (end >= 0) {
                if (firstDigit >= 0) {
                    add(sentences, text, cs, start, end, han, firstDigit, lastDigit);
                }
                start = end;
                firstDigit = -1;
                han = false;
            }
        }
        if (firstDigit >= 0) {
            add(sentences, text, cs, start, n, han, firstDigit, lastDigit);
        }
        return sentences;
    }

    private static boolean endsEnglishSentence(char[] cs, int i) {
        int n = cs.length;
        int j = i + 1;
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(cs[j])) {
            return false;
        }
        while (j < n && cs[j] == ' ') {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = cs[j];
        boolean opens = Character.isUpperCase(next)
                || Character.isDigit(next)
                || next == '"'
                || next == '“'
                || next == '\n'
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN;
        int k = Math.max(0, i - 2);
        boolean afterNo = k + 1 < n && cs[k] == 'N' && cs[k + 1] == 'o';
        return opens && !afterNo;
    }

    private static void add(
            List<Sentence> sentences,
            String text,
            char[] cs,
            int start,
            int end,
            boolean han,
            int firstDigit,
            int lastDigit) {
        while (start < end && Character.isWhitespace(cs[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cs[end - 1])) {
            end--;
        }
        if (end > start) {
            // Trimming only drops whitespace, so the digits stay inside the sentence.
            sentences.add(new Sentence(text.substring(start, end), start, han, firstDigit - start, lastDigit - start));
        }
    }
}
