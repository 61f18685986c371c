package org.fupin.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity stated in a section.
 *
 * @param value         the number, normalised: "64.4078 million" is 64407800, "3.5万" is 35000, "71.18%" is 71.18
 * @param unit          what it counts or measures
 * @param measure       what it quantifies, as the sentence words it ("repayment rate", "loans issued"); never blank
 * @param qualifier     "nearly", "more than", "up", … or {@link Qualifier#NONE}
 * @param text          the figure as written, e.g. "64.4078 million Yuan"
 * @param sentence      the sentence it comes from
 * @param sentenceStart where the sentence starts in the section text
 * @param start         where {@code text} starts in the sentence
 * @param end           where {@code text} ends in the sentence (exclusive)
 */
public record Figure(
        BigDecimal value,
        Unit unit,
        String measure,
        Qualifier qualifier,
        String text,
        String sentence,
        int sentenceStart,
        int start,
        int end) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        if (measure.isBlank()) {
            throw new IllegalArgumentException("a figure needs a measure");
        }
        if (sentenceStart < 0 || start < 0 || end > sentence.length() || start >= end) {
            throw new IllegalArgumentException("offsets outside the sentence");
        }
        if (text.length() != end - start || !sentence.startsWith(text, start)) {
            throw new IllegalArgumentException("text is not the sentence's characters at the offsets");
        }
    }
}
