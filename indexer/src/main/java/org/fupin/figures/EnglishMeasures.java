package org.fupin.figures;

import java.util.List;
import java.util.Set;

/**
 * Finds what an English figure quantifies, trying the sentence patterns of the reports in order: "accounting for
 * N% of X", "N yuan per X", "N yuan of X", "X of N yuan", "an increase of N" and "up N%" (the figure before), "of which
 * N was from X" (the figure the list breaks down), "X was/reached N", and a clause that starts with its verb
 * ("invested 20 million yuan"). Counts name their own measure ("300 poor villages").
 */
final class EnglishMeasures {

    /** A figure already read in the sentence: where it is and what it measures. */
    record Earlier(int first, int last, Unit unit, String measure, String noun) {}

    /** A measure and the bare noun it is built on ("loans" of "loans repaid"), for the figures that break it down. */
    record Measure(String text, String noun) {}

    private static final Set<String> CHANGE_NOUNS =
            Set.of("increase", "growth", "rise", "decrease", "reduction", "decline", "drop", "fall");
    private static final Set<String> SKIPPABLE = Set.of(
            "nearly",
            "almost",
            "about",
            "around",
            "approximately",
            "over",
            "more",
            "less",
            "than",
            "no",
            "not",
            "at",
            "least",
            "most",
            "to",
            "from",
            "by",
            "up",
            "down",
            "roughly",
            "respectively",
            "averagely",
            "average",
            "only",
            "just",
            "a",
            "total",
            "of",
            "close",
            "lower",
            "higher",
            "fewer",
            "greater");

    private EnglishMeasures() {}

    /**
     * The measure of the number at tokens {@code first..} whose unit ends at {@code last}.
     *
     * @param counted the counted noun phrase for counts, else null
     * @param earlier figures read before it in the same sentence, in order
     * @param parent  the figure an "of which" or "including" earlier in the sentence breaks down, or null
     * @param introduced true when "of which" or "including" stands right before this figure
     */
    static Measure of(
            List<Token> t,
            int first,
            int last,
            Unit unit,
            String counted,
            List<Earlier> earlier,
            Earlier parent,
            boolean introduced) {
        int before = skipBack(t, first - 1);
        if (unit == Unit.PEOPLE
                && last + 3 < t.size()
                && t.get(last + 1).is("out")
                && t.get(last + 2).is("of")
                && t.get(last + 3).is("poverty")) {
            // "lifted 148,000 people out of poverty"
            String verb =
                    first > 0 && t.get(first - 1).isWord() ? t.get(first - 1).text() + " " : "";
            String phrase = (counted == null ? "people" : counted) + " " + verb + "out of poverty";
            return new Measure(phrase, phrase);
        }
        if (counted != null && !generic(counted)) {
            return new Measure(counted, counted);
        }
        if (unit == Unit.PEOPLE || unit == Unit.PERSON_TIMES) {
            // "transfer training of 51,411 people", "trainings for 19,000 person-times"
            if (before >= 0 && t.get(before).is("of", "for")) {
                String np = NounPhrases.backward(t, before - 1);
                if (np.isEmpty()
                        && before > 0
                        && NounPhrases.isVerbForm(t.get(before - 1).lower())) {
                    // "Loans have been issued for 116988 person-times": the subject of the verb
                    np = NounPhrases.forward(t, NounPhrases.skipDeterminers(t, clauseStart(t, before, List.of())));
                }
                if (!np.isEmpty()) {
                    return new Measure(np, np);
                }
            }
        }
        if (before >= 1 && t.get(before).is("for") && t.get(before - 1).is("accounting", "accounted", "accounts")) {
            String of = last + 1 < t.size() && t.get(last + 1).is("of") ? NounPhrases.forward(t, last + 2) : "";
            return new Measure(of.isEmpty() ? "share" : "share of " + of, "share");
        }
        if (last + 2 < t.size() && t.get(last + 1).is("per")) {
            String per = t.get(last + 1 + 1).text();
            String unitWord = Phrases.text(t, first + 1 > last ? last : firstUnitToken(t, first, last), last);
            return new Measure(unitWord + " per " + per, unitWord);
        }
        if (last + 2 < t.size() && t.get(last + 1).is("of") && !t.get(last + 2).isNumber()) {
            String np = NounPhrases.forward(t, last + 2);
            if (!np.isEmpty()) {
                return new Measure(np + VerbMeasures.passive(t, VerbMeasures.afterPhrase(t, last + 2)), np);
            }
        }
        if (before >= 1 && t.get(before).is("to") && t.get(before - 1).is("up")) {
            String np = NounPhrases.backward(t, before - 2); // "a registration rate up to 77.1%"
            if (!np.isEmpty()) {
                return new Measure(np, np);
            }
        }
        if (before >= 0 && t.get(before).is("of") && endingAt(earlier, before - 1) != null) {
            Earlier prev = endingAt(earlier, before - 1); // "water pipelines of 1.5 meters of 200 meters"
            return new Measure(prev.measure(), prev.noun());
        }
        if (before >= 0 && t.get(before).is("of")) {
            String np = NounPhrases.backward(t, before - 1);
            if (!np.isEmpty() && !CHANGE_NOUNS.contains(np.toLowerCase(java.util.Locale.ROOT))) {
                return new Measure(np, np);
            }
            Earlier prev = endingAt(earlier, before - 1);
            if (prev == null && !np.isEmpty()) {
                prev = lastOf(earlier, unit);
            }
            if (prev != null) {
                return new Measure(prev.measure(), prev.noun());
            }
        }
        if (unit == Unit.YUAN
                && last + 2 < t.size()
                && t.get(last + 1).is("for")
                && !t.get(last + 2).is("each")) {
            String np = NounPhrases.forward(
                    t, last + 2); // "52.1 million yuan for industrial development"; after "X of N yuan", which names it
            // better
            if (!np.isEmpty()) {
                return new Measure(np, np);
            }
        }
        if (unit == Unit.PERCENTAGE_POINTS
                || before >= 0 && t.get(before).is("up", "down")
                || before >= 0 && t.get(before).is("to") && endingAt(earlier, before - 1) != null) {
            Earlier prev = unit == Unit.PERCENTAGE_POINTS ? lastNotPoints(earlier) : last(earlier);
            if (prev != null) {
                return new Measure(prev.measure(), prev.noun());
            }
        }
        if (parent != null
                && (introduced || last + 1 < t.size() && t.get(last + 1).is("was", "were"))) {
            return VerbMeasures.breakdown(t, last, parent);
        }
        if (before >= 0 && t.get(before).is("by")) {
            Measure m = VerbMeasures.byPhrase(t, before);
            if (m != null) {
                return m;
            }
        }
        Measure m = VerbMeasures.subject(t, first, before);
        if (m != null) {
            return m;
        }
        m = VerbMeasures.afterVerb(t, last);
        if (m != null) {
            return m;
        }
        if (counted != null) {
            return new Measure(counted, counted);
        }
        Earlier prev = lastOf(earlier, unit);
        if (prev != null) {
            return new Measure(prev.measure(), prev.noun());
        }
        String verb = VerbMeasures.clauseVerb(t, first, earlier);
        if (verb != null) {
            return new Measure(verb, "");
        }
        if (unit == Unit.YUAN) {
            String each = last + 2 < t.size()
                            && t.get(last + 1).is("for")
                            && t.get(last + 2).is("each")
                    ? " for each " + NounPhrases.forward(t, last + 3)
                    : "";
            return new Measure("funds" + each, "funds");
        }
        return null;
    }

    /** Where the clause holding token {@code i} starts: after punctuation, an earlier figure, or "and the …". */
    static int clauseStart(List<Token> t, int i, List<Earlier> earlier) {
        int lastFigureEnd = -1;
        for (Earlier e : earlier) {
            if (e.last() < i) {
                lastFigureEnd = Math.max(lastFigureEnd, e.last());
            }
        }
        for (int j = i - 1; j > lastFigureEnd; j--) {
            Token token = t.get(j);
            if (token.isPunct() && !(token.glued() && token.is("’", "'")) && !token.is("-")) {
                return j + 1;
            }
            if (token.is("and", "while", "whereas", "but", "which", "that", "when")
                    && j + 1 < t.size()
                    && (t.get(j + 1).is("the", "its", "their", "this", "our")
                            || t.get(j + 1).isNumber())) {
                return j + 1;
            }
        }
        return lastFigureEnd + 1;
    }

    private static int skipBack(List<Token> t, int i) {
        while (i >= 0
                && t.get(i).isWord()
                && SKIPPABLE.contains(t.get(i).lower())
                && !t.get(i).is("of", "to", "by", "up", "down")) {
            i--;
        }
        return i;
    }

    private static int firstUnitToken(List<Token> t, int first, int last) {
        int i = last;
        while (i > first + 1 && t.get(i - 1).isWord() && !t.get(i - 1).is("million", "billion", "thousand")) {
            i--;
        }
        return i;
    }

    private static boolean generic(String counted) {
        return switch (counted.toLowerCase(java.util.Locale.ROOT)) {
            case "people", "persons", "person-times", "persons-times" -> true;
            default -> false;
        };
    }

    static String join(String noun, String rest) {
        return noun.isEmpty() ? rest : noun + " " + rest;
    }

    private static Earlier endingAt(List<Earlier> earlier, int last) {
        for (Earlier e : earlier) {
            if (e.last() == last) {
                return e;
            }
        }
        return null;
    }

    private static Earlier last(List<Earlier> earlier) {
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }

    private static Earlier lastOf(List<Earlier> earlier, Unit unit) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).unit() == unit) {
                return earlier.get(i);
            }
        }
        return null;
    }

    private static Earlier lastNotPoints(List<Earlier> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).unit() != Unit.PERCENTAGE_POINTS) {
                return earlier.get(i);
            }
        }
        return null;
    }
}
