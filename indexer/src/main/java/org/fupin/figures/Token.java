package org.fupin.figures;

import java.util.Locale;

/**
 * A word, number or punctuation mark of an English sentence, with its offsets. The text is cut from the sentence
 * only when asked for: a sentence has many tokens and few of them are ever read as text, and allocating them all
 * was most of the extraction's cost.
 */
final class Token {

    /** The three kinds of token. */
    enum Kind {
        WORD,
        NUMBER,
        PUNCT
    }

    private final String source;
    private final int start;
    private final int end;
    private final Kind kind;
    private final boolean glued;
    private String text;
    private String lower;

    /**
     * @param source the sentence
     * @param start  offset in the sentence
     * @param end    end offset (exclusive)
     * @param kind   what it is
     * @param glued  true when no whitespace separates it from the previous token ("12th", "No.10", "220-volt")
     */
    Token(String source, int start, int end, Kind kind, boolean glued) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.glued = glued;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean glued() {
        return glued;
    }

    int length() {
        return end - start;
    }

    /** The {@code k}th character of the token. */
    char charAt(int k) {
        return source.charAt(start + k);
    }

    /** As written. */
    String text() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }

    /** Lower-cased text, for vocabulary look-ups. */
    String lower() {
        if (lower == null) {
            lower = text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True when this is the given word, ignoring case. */
    boolean is(String word) {
        return word.length() == end - start && source.regionMatches(true, start, word, 0, word.length());
    }

    // Fixed-arity forms for the common two and three words: a varargs call allocates an array on every check.
    boolean is(String a, String b) {
        return is(a) || is(b);
    }

    boolean is(String a, String b, String c) {
        return is(a) || is(b) || is(c);
    }

    /** True when this is one of the given words, ignoring case. */
    boolean is(String... words) {
        int length = end - start;
        for (String w : words) {
            if (w.length() == length && source.regionMatches(true, start, w, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
