package org.fupin.figures;

import java.util.Locale;

/**
 * A word, number or punctuation mark of an English sentence, with its offsets.
 *
 * @param text    as written
 * @param start   offset in the sentence
 * @param end     end offset (exclusive)
 * @param kind    what it is
 * @param glued   true when no whitespace separates it from the previous token ("12th", "No.10", "220-volt")
 */
record Token(String text, int start, int end, Kind kind, boolean glued) {

    /** The three kinds of token. */
    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** Lower-cased text, for vocabulary look-ups. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when this is one of the given words, ignoring case. */
    boolean is(String... words) {
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }
}
