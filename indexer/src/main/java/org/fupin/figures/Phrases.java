package org.fupin.figures;

import java.util.List;

/** Small helpers for turning token ranges back into text. */
final class Phrases {

    private Phrases() {}

    /** The words of tokens {@code from..to} (inclusive) joined as written, without the text between sentences. */
    static String text(List<Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token token = t.get(i);
            if (i > from && !token.glued()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }
}
