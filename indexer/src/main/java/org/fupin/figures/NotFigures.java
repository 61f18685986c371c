package org.fupin.figures;

import java.util.List;
import java.util.Set;

/**
 * Numbers in an English sentence that are not figures: years, dates, document and rank numbers ("No.10"),
 * ordinals ("12th Five-Year Plan"), ranges of years ("(2011-2020)") and sizes written as modifiers ("220-volt",
 * "1.5-meter water pipelines").
 */
final class NotFigures {

    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private static final Set<String> NUMBER_LABELS = Set.of(
            "no",
            "number",
            "article",
            "document",
            "clause",
            "chapter",
            "item",
            "phase",
            "grade",
            "class",
            "level",
            "category",
            "version",
            "line",
            "zone",
            "route");

    // Arrays rather than varargs: these checks run for every number and a varargs call allocates.
    private static final String[] DASHES = {"-", "–", "—", "~"};
    private static final String[] NUMBER_SIGNS = {"#", "〔", "[", "№"};

    private NotFigures() {}

    /** True when the number at token {@code i} is not a quantity. */
    static boolean at(List<Token> t, int i) {
        Token number = t.get(i);
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        Token prev = i > 0 ? t.get(i - 1) : null;
        if (next != null
                && next.glued()
                && next.isWord()
                && !EnglishUnits.at(t, i + 1).map(u -> true).orElse(false)) {
            return true; // "12th", "1st", "2011waste"
        }
        if (next != null && next.glued() && next.is(DASHES) && i + 2 < t.size()) {
            Token after = t.get(i + 2);
            if (after.isWord() && after.glued()) {
                return true; // "220-volt", "1.5-meter"
            }
            if (after.isNumber() && (EnglishNumbers.yearLike(number) || EnglishNumbers.yearLike(after))) {
                return true; // "2011-2020"
            }
        }
        if (prev != null
                && prev.is(DASHES)
                && prev.glued()
                && i >= 2
                && t.get(i - 2).isNumber()
                && EnglishNumbers.yearLike(t.get(i - 2))) {
            return true; // the second year of "2011-2020"
        }
        if (prev != null
                && prev.glued()
                && prev.is(".")
                && i >= 2
                && t.get(i - 2).is("no")) {
            return true; // "No.10"
        }
        if (prev != null && (NUMBER_LABELS.contains(prev.lower()) || prev.is(NUMBER_SIGNS))) {
            return true;
        }
        if (prev != null
                && prev.is(".")
                && i >= 2
                && NUMBER_LABELS.contains(t.get(i - 2).lower())) {
            return true; // "No. 5"
        }
        if (isMonth(prev) || isMonth(next)) {
            return true; // "November 15, 2011", "15 May"
        }
        if (prev != null
                && prev.is(",")
                && i >= 3
                && isMonth(t.get(i - 3))
                && t.get(i - 2).isNumber()) {
            return true; // the year of "November 15, 2011"
        }
        return false;
    }

    private static boolean isMonth(Token token) {
        return token != null
                && token.isWord()
                && MONTHS.contains(token.lower())
                && !token.text().equals("may");
    }
}
