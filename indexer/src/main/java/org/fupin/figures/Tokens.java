package org.fupin.figures;

import java.util.ArrayList;
import java.util.List;

/** Splits an English sentence into words, numbers and punctuation marks. */
final class Tokens {

    private Tokens() {}

    /**
     * The tokens of a sentence. Numbers keep thousands separators and decimals ("153,639", "64.4078"); words keep
     * inner hyphens and apostrophes ("anti-poverty", "person-times", "government's").
     */
    static List<Token> of(String s) {
        return of(s, s.length());
    }

    /**
     * The tokens of a sentence up to about {@code limit}: the rules never read far past the last number, so the rest
     * of a long sentence is not tokenised (a token that starts before the limit is still read whole).
     */
    static List<Token> of(String s, int limit) {
        return of(s, 0, limit);
    }

    /**
     * The tokens of a sentence from {@code from}, which must be 0 or follow whitespace (so the tokens are those the
     * whole sentence would give from there), up to about {@code limit}.
     */
    static List<Token> of(String s, int from, int limit) {
        int n = Math.min(s.length(), limit);
        List<Token> tokens = new ArrayList<>(Math.max(8, (n - from) / 5));
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean glued = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
            int end;
            Token.Kind kind;
            if (isDigit(c)) {
                end = numberEnd(s, i);
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = wordEnd(s, i);
                kind = Token.Kind.WORD;
            } else {
                end = i + 1;
                kind = Token.Kind.PUNCT;
            }
            tokens.add(new Token(s, i, end, kind, glued));
            i = end;
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int numberEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        // Thousands groups only after 1-3 leading digits, so "2011,2012" is not read as one number.
        if (j - i <= 3) {
            while (j + 3 < s.length()
                    && s.charAt(j) == ','
                    && allDigits(s, j + 1, j + 4)
                    && (j + 4 >= s.length() || !isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean joiner =
                    (c == '-' || c == '\'' || c == '’') && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1));
            if (Character.isLetter(c) || joiner) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
