package org.fupin.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A whitespace-delimited word at the start of a paragraph, as the heading detector sees it.
 *
 * @param text        the word as written, with any quotes and punctuation
 * @param start       offset of the word in the paragraph
 * @param wideGap     true when two or more spaces precede the word (a common heading/body separator)
 */
record Token(String text, int start, boolean wideGap) {

    /** The first {@code max} words of a paragraph. */
    static List<Token> firstWords(String paragraph, int max) {
        List<Token> tokens = new ArrayList<>();
        Token word = tokens.size() < max ? wordAt(paragraph, 0) : null;
        while (word != null) {
            tokens.add(word);
            word = tokens.size() < max ? wordAt(paragraph, word.end()) : null;
        }
        return tokens;
    }

    /** The word that starts at or after {@code from}, skipping white space, or null when none is left. */
    static Token wordAt(String paragraph, int from) {
        int n = paragraph.length();
        int i = from;
        while (i < n && isSpace(paragraph.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        int start = i;
        while (i < n && !isSpace(paragraph.charAt(i))) {
            i++;
        }
        return new Token(paragraph.substring(start, i), start, start - from >= 2);
    }

    /** Where the word ends in its paragraph (exclusive). */
    int end() {
        return start + text.length();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The word without surrounding quotes, brackets and trailing punctuation. */
    String bare() {
        int from = 0;
        int to = text.length();
        while (from < to && isWrapper(text.charAt(from))) {
            from++;
        }
        while (to > from && (isWrapper(text.charAt(to - 1)) || isTerminal(text.charAt(to - 1)))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** True when the word ends a clause: a trailing comma, colon, semicolon, full stop, or their CJK forms. */
    boolean endsClause() {
        if (text.equalsIgnoreCase("No.")) {
            return false;
        }
        int end = text.length();
        while (end > 0 && isWrapper(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && isTerminal(text.charAt(end - 1));
    }

    /** True when the first letter of the word is upper case (after any opening quote). */
    boolean capitalized() {
        String b = bare();
        return !b.isEmpty() && Character.isUpperCase(b.codePointAt(0));
    }

    /** True when the first letter is lower case. */
    boolean lowercase() {
        String b = bare();
        return !b.isEmpty() && Character.isLowerCase(b.codePointAt(0));
    }

    /** True when the word starts with a digit (a number, a percentage, "12th"). */
    boolean numeric() {
        String b = bare();
        return !b.isEmpty() && Character.isDigit(b.charAt(0));
    }

    static boolean isWrapper(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '(' || c == ')' || c == '（'
                || c == '）' || c == '「' || c == '」' || c == '《' || c == '》';
    }

    static boolean isTerminal(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '，' || c == '；' || c == '：'
                || c == '。' || c == '！' || c == '？';
    }
}
