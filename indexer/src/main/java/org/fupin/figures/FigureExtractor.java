package org.fupin.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a section's text into its figures. Each sentence is read by the English or the Chinese rules depending on
 * its script, so a report that mixes both (Chinese footers under English prose) is read correctly.
 */
public final class FigureExtractor {

    /** The figures of a text, in the order they are written. */
    public List<Figure> extract(String text) {
        List<Figure> figures = new ArrayList<>();
        if (!hasDigit(text, 0, text.length())) {
            return figures;
        }
        for (Sentences.Sentence sentence : Sentences.withDigits(text)) {
            String s = sentence.text();
            figures.addAll(hasHan(s) ? ChineseFigures.read(sentence) : EnglishFigures.read(sentence));
        }
        return figures;
    }

    /** Figures are written in digits, so a sentence without one is not read further. */
    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
