package org.fupin.figures;

import java.util.ArrayList;
import java.util.List;

/** Splits section text into sentences, English and Chinese, keeping where each starts. */
final class Sentences {

    /** One sentence and its offset in the text it was cut from. */
    record Sentence(String text, int start) {}

    private Sentences() {}

    /**
     * The sentences of a text that hold a digit (figures are written in digits, so the others are not read and not
     * copied). A full stop ends a sentence only when whitespace and a capital, digit or quote follow, so decimals
     * ("64.4078"), "No.10" and abbreviations inside a sentence do not split it; Chinese stops (。！？；) and line
     * breaks always do.
     */
    static List<Sentence> withDigits(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c <= '9' && c >= '0') {
                digit = true;
                continue;
            }
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；') {
                end = i + (c == '\n' ? 0 : 1);
            } else if ((c == '.' || c == '!' || c == '?') && endsEnglishSentence(text, i)) {
                end = i + 1;
            }
            if (end >= 0) {
                if (digit) {
                    add(sentences, text, start, end);
                }
                start = end;
                digit = false;
            }
        }
        if (digit) {
            add(sentences, text, start, n);
        }
        return sentences;
    }

    private static boolean endsEnglishSentence(String text, int i) {
        int j = i + 1;
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        boolean opens = Character.isUpperCase(next)
                || Character.isDigit(next)
                || next == '"'
                || next == '“'
                || next == '\n'
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN;
        return opens && !text.startsWith("No", Math.max(0, i - 2));
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start));
        }
    }
}
