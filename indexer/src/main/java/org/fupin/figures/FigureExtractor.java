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
        for (Sentences.Sentence sentence : Sentences.withDigits(text)) {
            figures.addAll(sentence.han() ? ChineseFigures.read(sentence) : EnglishFigures.read(sentence));
        }
        return figures;
    }
}
