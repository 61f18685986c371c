package org.fupin.figures;

import java.util.Locale;
import java.util.Set;

/**
 * Lower-case words looked up by a token's own characters, ignoring case. The rules ask whether a token is a function
 * word, a verb or a month many times per number; doing it through {@code Set.contains(token.lower())} copied and
 * lower-cased the token and hashed the copy each time, which was a sixth of the extraction's time.
 */
final class WordSet {

    private final Set<String> words;
    private final String[] slots;
    private final int mask;

    private WordSet(Set<String> words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(8, words.size() * 4) - 1) << 1;
        slots = new String[size];
        mask = size - 1;
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 0x80)) {
                throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
            }
            int i = mix(w.hashCode()) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
    }

    /** A set of lower-case ASCII words. */
    static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    /** True when the lower-cased word is in the set. */
    boolean contains(String lowerCased) {
        return words.contains(lowerCased);
    }

    /** True when the token, lower-cased, is in the set: the same answer as {@code contains(token.lower())}. */
    boolean contains(Token token) {
        int n = token.length();
        int h = 0;
        for (int k = 0; k < n; k++) {
            char c = token.charAt(k);
            if (c >= 0x80) {
                return words.contains(token.lower()); // outside ASCII lower-casing is not one char for one char
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        for (int i = mix(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (token.is(slots[i])) {
                return true;
            }
        }
        return false;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
