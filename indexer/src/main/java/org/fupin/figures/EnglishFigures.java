package org.fupin.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the figures of one English sentence. */
final class EnglishFigures {

    /** How far past the last number the rules may read: a unit, its noun phrase and a passive verb fit in it. */
    private static final int READ_AFTER_LAST_NUMBER = 200;

    // Word lists passed as arrays, not varargs: these checks run for every number and a varargs call allocates.
    private static final String[] INCLUDING = {"including", "includes", "include"};
    private static final String[] WHICH = {"which", "whom", "them"};
    private static final String[] OF_AMONG = {"of", "among"};

    private EnglishFigures() {}

    /**
     * Whitespace-separated chunks kept before the clause of the first number: the rules that read back past a
     * clause's punctuation look at most three tokens before a number ("No. 5", "November 15, 2011").
     */
    private static final int CHUNKS_BEFORE_CLAUSE = 6;

    /**
     * Where tokenising starts: a few chunks before the punctuation mark that opens the first number's clause. Every
     * rule that reads backwards from a number stops at such a mark (or within three tokens of the number), so the
     * words before it are never read, and most of a sentence's words stand there. Whitespace precedes the offset
     * returned (or it is 0), so the tokens from it are those of the whole sentence.
     */
    static int readFrom(String s) {
        int i = 0;
        while (i < s.length() && !isDigit(s.charAt(i))) {
            i++;
        }
        int p = i - 1;
        while (p >= 0 && !clauseMark(s.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return 0;
        }
        int k = p;
        for (int chunk = 0; chunk <= CHUNKS_BEFORE_CLAUSE && k > 0; chunk++) {
            while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
                k--;
            }
            while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) {
                k--;
            }
        }
        return k;
    }

    /** A punctuation mark that ends a clause for the rules; hyphens and apostrophes may join words, so they do not. */
    private static boolean clauseMark(char c) {
        return !Character.isWhitespace(c) && !Character.isLetter(c) && !isDigit(c) && c != '-' && c != '\'' && c != '’';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** The figures of a sentence, in the order they are written. */
    static List<Figure> read(Sentences.Sentence sentence) {
        String text = sentence.text();
        List<Token> t = Tokens.of(text, readFrom(text), lastDigit(text) + READ_AFTER_LAST_NUMBER);
        List<Figure> figures = new ArrayList<>();
        List<EnglishMeasures.Earlier> earlier = new ArrayList<>();
        EnglishMeasures.Earlier parent = null;
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isNumber() || NotFigures.at(t, i)) {
                continue;
            }
            EnglishNumbers.NumberAt number = EnglishNumbers.at(t, i);
            Optional<EnglishUnits.UnitAt> found = EnglishUnits.at(t, number.last() + 1);
            boolean immediate = found.isPresent()
                    && (found.get().counted() == null || !found.get().counted().contains(" "));
            if (found.isEmpty()) {
                found = implied(t, number, earlier);
            }
            if (found.isEmpty() || EnglishNumbers.yearLike(t.get(i)) && !immediate) {
                continue;
            }
            EnglishUnits.UnitAt unit = found.get();
            boolean introduced = breaksDown(t, i);
            if (introduced) {
                parent = sameUnitOrLast(earlier, unit.unit());
            }
            EnglishMeasures.Measure measure = EnglishMeasures.of(
                    t,
                    i,
                    Math.max(unit.last(), number.last()),
                    unit.unit(),
                    unit.counted(),
                    earlier,
                    parent,
                    introduced);
            if (measure == null || measure.text().isBlank()) {
                continue;
            }
            int last = Math.max(unit.last(), number.last());
            Qualifier qualifier = EnglishQualifiers.of(t, i, last);
            int start = t.get(i).start();
            int end = t.get(last).end();
            figures.add(new Figure(
                    number.value(),
                    unit.unit(),
                    measure.text(),
                    qualifier,
                    sentence.text().substring(start, end),
                    sentence.text(),
                    sentence.start(),
                    start,
                    end));
            earlier.add(new EnglishMeasures.Earlier(i, last, unit.unit(), measure.text(), measure.noun()));
            i = last;
        }
        return figures;
    }

    /**
     * A unit the sentence implies without writing it after the number: "of which 130 were national pilot villages",
     * "6.3 and 4.3 percentage points", "of whom 2.36 million", "reduced the rural poor by 600,000". The figure's
     * text is then the number alone.
     */
    private static Optional<EnglishUnits.UnitAt> implied(
            List<Token> t, EnglishNumbers.NumberAt number, List<EnglishMeasures.Earlier> earlier) {
        int next = number.last() + 1;
        if (next + 1 < t.size() && t.get(next).is("were", "was", "are")) {
            Optional<EnglishUnits.UnitAt> u = EnglishUnits.at(t, next + 1);
            if (u.isPresent() && u.get().counted() != null && u.get().unit() != Unit.ITEMS) {
                return Optional.of(new EnglishUnits.UnitAt(
                        u.get().unit(), number.last(), u.get().counted()));
            }
        }
        if (next + 1 < t.size()
                && t.get(next).is("and", "or", "to")
                && t.get(next + 1).isNumber()) {
            EnglishNumbers.NumberAt other = EnglishNumbers.at(t, next + 1);
            Optional<EnglishUnits.UnitAt> u = EnglishUnits.at(t, other.last() + 1);
            if (u.isPresent() && u.get().counted() == null) {
                return Optional.of(new EnglishUnits.UnitAt(u.get().unit(), number.last(), null));
            }
        }
        int first = number.first();
        if (first >= 2 && t.get(first - 1).is("whom") && t.get(first - 2).is("of", "among")) {
            EnglishMeasures.Earlier parent = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            Unit unit = parent != null && !parent.unit().isAmount() ? parent.unit() : Unit.PEOPLE;
            return Optional.of(new EnglishUnits.UnitAt(unit, number.last(), null));
        }
        Optional<Unit> numberOf = numberOf(t, first);
        if (numberOf.isPresent()) {
            return Optional.of(new EnglishUnits.UnitAt(numberOf.get(), number.last(), null));
        }
        if (first >= 2 && t.get(first - 1).is("by")) {
            // The object of the verb names the unit: "reduced the rural poor by 600,000".
            Optional<Unit> unit = EnglishUnits.countedUnit(t.get(first - 2).text());
            if (unit.isPresent()) {
                return Optional.of(new EnglishUnits.UnitAt(unit.get(), number.last(), null));
            }
        }
        return Optional.empty();
    }

    /** "The number of pilot villages … reached 1,161": the counted noun after "number of" in the same clause. */
    private static Optional<Unit> numberOf(List<Token> t, int first) {
        for (int j = first - 1; j >= 1 && j > first - 16; j--) {
            if (t.get(j).isPunct() || t.get(j).isNumber()) {
                return Optional.empty();
            }
            if (t.get(j).is("of") && t.get(j - 1).is("number")) {
                for (int k = j + 1; k < first && k <= j + 4; k++) {
                    Optional<Unit> unit = EnglishUnits.countedUnit(t.get(k).text());
                    if (unit.isPresent()) {
                        return unit;
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when "of which", "of whom", "including" or "among them" introduces the number: it breaks down a total. */
    private static boolean breaksDown(List<Token> t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            Token token = t.get(j);
            if (token.is(INCLUDING) || token.is(WHICH) && j > 0 && t.get(j - 1).is(OF_AMONG)) {
                return true;
            }
            if (token.isPunct() || token.isNumber()) {
                return false;
            }
        }
        return false;
    }

    private static EnglishMeasures.Earlier sameUnitOrLast(List<EnglishMeasures.Earlier> earlier, Unit unit) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).unit() == unit) {
                return earlier.get(i);
            }
        }
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }
}
