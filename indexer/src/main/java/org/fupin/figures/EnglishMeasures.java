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
    record Earlier(int first, int last, Unit unit, String measure, String noun) {
    }

    /** A measure and the bare noun it is built on ("loans" of "loans repaid"), for the figures that break it down. */
    record Measure(String text, String noun) {
    }

    private static final Set<String> LINKS = Set.of("was", "were", "is", "are", "reached", "amounted", "totaled",
            "totalled", "hit", "stood", "rose", "increased", "grew", "expanded", "exceeded", "dropped", "fell",
            "decreased", "remained", "be", "been", "achieved", "maintained", "topped");
    private static final Set<String> CHANGE_NOUNS = Set.of("increase", "growth", "rise", "decrease", "reduction",
            "decline", "drop", "fall");
    private static final Set<String> SKIPPABLE = Set.of("nearly", "almost", "about", "around", "approximately",
            "over", "more", "less", "than", "no", "not", "at", "least", "most", "to", "from", "by", "up", "down",
            "roughly", "respectively", "averagely", "average", "only", "just", "a", "total", "of", "close", "lower",
            "higher", "fewer", "greater");

    private EnglishMeasures() {
    }

    /**
     * The measure of the number at tokens {@code first..} whose unit ends at {@code last}.
     *
     * @param counted the counted noun phrase for counts, else null
     * @param earlier figures read before it in the same sentence, in order
     * @param parent  the figure an "of which" or "including" earlier in the sentence breaks down, or null
     * @param introduced true when "of which" or "including" stands right before this figure
     */
    static Measure of(List<Token> t, int first, int last, Unit unit, String counted, List<Earlier> earlier,
                      Earlier parent, boolean introduced) {
        int before = skipBack(t, first - 1);
        if (unit == Unit.PEOPLE && last + 3 < t.size() && t.get(last + 1).is("out") && t.get(last + 2).is("of")
                && t.get(last + 3).is("poverty")) {
            // "lifted 148,000 people out of poverty"
            String verb = first > 0 && t.get(first - 1).isWord() ? t.get(first - 1).text() + " " : "";
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
                if (np.isEmpty() && before > 0 && NounPhrases.isVerbForm(t.get(before - 1).lower())) {
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
                return new Measure(np + passive(t, afterPhrase(t, last + 2)), np);
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
        if (unit == Unit.YUAN && last + 2 < t.size() && t.get(last + 1).is("for") && !t.get(last + 2).is("each")) {
            String np = NounPhrases.forward(t, last + 2); // "52.1 million yuan for industrial development"; after "X of N yuan", which names it better
            if (!np.isEmpty()) {
                return new Measure(np, np);
            }
        }
        if (unit == Unit.PERCENTAGE_POINTS || before >= 0 && t.get(before).is("up", "down")
                || before >= 0 && t.get(before).is("to") && endingAt(earlier, before - 1) != null) {
            Earlier prev = unit == Unit.PERCENTAGE_POINTS ? lastNotPoints(earlier) : last(earlier);
            if (prev != null) {
                return new Measure(prev.measure(), prev.noun());
            }
        }
        if (parent != null && (introduced || last + 1 < t.size() && t.get(last + 1).is("was", "were"))) {
            return breakdown(t, last, parent);
        }
        if (before >= 0 && t.get(before).is("by")) {
            Measure m = byPhrase(t, before);
            if (m != null) {
                return m;
            }
        }
        Measure m = subject(t, first, before);
        if (m != null) {
            return m;
        }
        m = afterVerb(t, last);
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
        String verb = clauseVerb(t, first, earlier);
        if (verb != null) {
            return new Measure(verb, "");
        }
        if (unit == Unit.YUAN) {
            String each = last + 2 < t.size() && t.get(last + 1).is("for") && t.get(last + 2).is("each")
                    ? " for each " + NounPhrases.forward(t, last + 3) : "";
            return new Measure("funds" + each, "funds");
        }
        return null;
    }

    /** "of which 19.5 million Yuan was from the central government", "… was development funds", "… was issued to …". */
    private static Measure breakdown(List<Token> t, int last, Earlier parent) {
        int i = last + 1;
        if (i < t.size() && t.get(i).is("was", "were", "is", "are")) {
            i++;
            if (i < t.size() && t.get(i).is("from")) {
                return new Measure(join(parent.noun(), "from " + NounPhrases.forward(t, i + 1)), parent.noun());
            }
            String purpose = purpose(t, i);
            if (purpose != null) {
                return new Measure(purpose, purpose);
            }
            if (i < t.size() && isVerb(t, i)) {
                return new Measure(join(parent.noun(), verbPhrase(t, i)), parent.noun());
            }
            String np = NounPhrases.forward(t, i);
            if (!np.isEmpty()) {
                return new Measure(np, np);
            }
        }
        return new Measure(parent.measure(), parent.noun());
    }

    /** "the repayment rate was 71.18%": the subject of the clause whose verb stands before the number. */
    private static Measure subject(List<Token> t, int first, int before) {
        int verb = before;
        while (verb >= 0 && (t.get(verb).is("to", "at", "by", "from") || t.get(verb).is("was", "were")
                && verb + 1 < first && NounPhrases.isPastParticiple(t.get(verb + 1).lower()))) {
            verb--;
        }
        if (verb < 0 || !(LINKS.contains(t.get(verb).lower()) || NounPhrases.isPastParticiple(t.get(verb).lower())
                && verb > 0 && t.get(verb - 1).is("was", "were"))) {
            return null;
        }
        // Earlier figures do not end the clause here: "the mutual funds of the 300 mutual aid societies amounted to".
        int start = clauseStart(t, verb, List.of());
        int s = NounPhrases.skipDeterminers(t, start);
        if (s < verb && (NounPhrases.isPastParticiple(t.get(s).lower()) || NounPhrases.VERBS.contains(t.get(s)
                .lower()))) {
            s = NounPhrases.skipDeterminers(t, s + 1); // "it reduced the rural poor by 600,000"
        }
        String np = s < verb ? NounPhrases.forward(t, s) : "";
        return np.isEmpty() ? null : new Measure(np, np);
    }

    /**
     * "reduced the rural poor by 600,000", "increasing food production by 23,000 tons", "overfulfilling the plan by
     * 2.48%": the object of the verb before "by", or the subject when the verb is "rose", "grew", … .
     */
    private static Measure byPhrase(List<Token> t, int by) {
        int start = clauseStart(t, by, List.of());
        for (int v = by - 1; v >= start; v--) {
            String w = t.get(v).lower();
            if (LINKS.contains(w)) {
                return null;
            }
            if (NounPhrases.isGerund(t, v)) {
                String phrase = Phrases.text(t, v, by - 1);
                return new Measure(phrase, phrase);
            }
            if (NounPhrases.isVerbForm(w) || NounPhrases.VERBS.contains(w)) {
                String np = NounPhrases.forward(t, NounPhrases.skipDeterminers(t, v + 1));
                return np.isEmpty() ? null : new Measure(np, np);
            }
        }
        return null;
    }

    /** A verb rather than a modifier: "was issued to the poor", not "was integrated funds". */
    private static boolean isVerb(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!NounPhrases.isVerbForm(w) && !NounPhrases.VERBS.contains(w)) {
            return false;
        }
        return i + 1 >= t.size() || !t.get(i + 1).isWord()
                || EnglishUnits.FUNCTION_WORDS.contains(t.get(i + 1).lower());
    }

    /** "was used as subsidies for …", "was for development funds": what the money is for, or null. */
    private static String purpose(List<Token> t, int i) {
        int j = i;
        if (j < t.size() && t.get(j).is("used", "spent")) {
            j++;
        }
        if (j + 1 < t.size() && t.get(j).is("as", "for", "on")) {
            String np = NounPhrases.forward(t, j + 1);
            return np.isEmpty() ? null : np;
        }
        return null;
    }

    /** "45.5 million yuan was issued that year": the verb after the figure. */
    private static Measure afterVerb(List<Token> t, int last) {
        int i = last + 1;
        if (i + 1 < t.size() && t.get(i).is("was", "were", "has", "have")) {
            i++;
            if (t.get(i).is("been") && i + 1 < t.size()) {
                i++;
            }
            String w = t.get(i).lower();
            String purpose = purpose(t, i);
            if (purpose != null) {
                return new Measure(purpose, purpose);
            }
            if (isVerb(t, i)) {
                // "2.483 billion yuan was invested, of which …": the verb is all the sentence says it measures.
                return new Measure(verbPhrase(t, i), t.get(i).text());
            }
            if (w.equals("from")) {
                return null;
            }
            String np = NounPhrases.forward(t, i);
            if (!np.isEmpty()) {
                return new Measure(np, np);
            }
        }
        return null;
    }

    /** The verb that opens the figure's clause: "invested 20 million yuan to reward …". */
    private static String clauseVerb(List<Token> t, int first, List<Earlier> earlier) {
        int start = clauseStart(t, first, earlier);
        for (int i = first - 1; i >= start; i--) {
            String w = t.get(i).lower();
            if (NounPhrases.isPastParticiple(w) || NounPhrases.VERBS.contains(w) && !LINKS.contains(w)) {
                boolean particle = i + 1 < first && t.get(i + 1).is("in", "up", "out");
                return particle ? t.get(i).text() + " " + t.get(i + 1).text() : t.get(i).text(); // "put in"
            }
        }
        return null;
    }

    /** A past participle and the "by" or "to" phrase after it: "raised by the masses", "issued to the poor". */
    private static String verbPhrase(List<Token> t, int verb) {
        String phrase = t.get(verb).text();
        if (verb + 2 < t.size() && t.get(verb + 1).is("by", "to", "in")) {
            String np = NounPhrases.forward(t, verb + 2);
            if (!np.isEmpty()) {
                phrase += " " + t.get(verb + 1).text() + " " + np;
            }
        } else if (verb + 1 < t.size() && t.get(verb + 1).is("in", "up", "out")) {
            phrase += " " + t.get(verb + 1).text();
        }
        return phrase;
    }

    /** " repaid" in "64.4078 million Yuan of loans was repaid", else "". */
    private static String passive(List<Token> t, int i) {
        if (i + 1 < t.size() && t.get(i).is("was", "were") && isVerb(t, i + 1)) {
            return " " + t.get(i + 1).text();
        }
        return "";
    }

    /** The token after the phrase that {@link NounPhrases#forward} reads from {@code from}. */
    private static int afterPhrase(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && !t.get(i).is("was", "were") && !t.get(i).isPunct() && i - from < 12) {
            i++;
        }
        return i;
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
            if (token.is("and", "while", "whereas", "but", "which", "that", "when") && j + 1 < t.size()
                    && (t.get(j + 1).is("the", "its", "their", "this", "our") || t.get(j + 1).isNumber())) {
                return j + 1;
            }
        }
        return lastFigureEnd + 1;
    }

    private static int skipBack(List<Token> t, int i) {
        while (i >= 0 && t.get(i).isWord() && SKIPPABLE.contains(t.get(i).lower()) && !t.get(i).is("of", "to", "by",
                "up", "down")) {
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

    private static String join(String noun, String rest) {
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
