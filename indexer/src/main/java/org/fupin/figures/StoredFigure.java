package org.fupin.figures;

import java.math.BigDecimal;

/**
 * A figure as the index stores it: its sentence and text are offsets into the stored section body.
 *
 * @param value         the number, normalised
 * @param unit          what it counts or measures
 * @param measure       what it quantifies, as the sentence words it
 * @param qualifier     "nearly", "more than", … or {@link Qualifier#NONE}
 * @param sentenceStart where its sentence starts in the section body
 * @param sentenceEnd   where its sentence ends (exclusive)
 * @param spanStart     where the figure as written starts in the section body
 * @param spanEnd       where it ends (exclusive)
 */
public record StoredFigure(
        BigDecimal value,
        Unit unit,
        String measure,
        Qualifier qualifier,
        int sentenceStart,
        int sentenceEnd,
        int spanStart,
        int spanEnd) {}
