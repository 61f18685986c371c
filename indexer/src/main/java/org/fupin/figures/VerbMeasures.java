package org.fupin.figures;

import java.util.List;
import java.util.Set;

/**
 * The measure patterns built around a verb: the subject of "X was / reached / rose by N", the object of "reduced X
 * by N", "N yuan was invested", "of which N was from X", and the verb that opens a clause ("invested N yuan").
 */
final class VerbMeasures {

    private static final Set<String> LINKS = Set.of(
            "was",
            "were",
            "is",
            "are",
            "reached",
            "amounted",
            "totaled",
            "totalled",
            "hit",
            "stood",
            "rose",
            "increased",
            "grew",
            "expanded",
            "exceeded",
            "dropped",
            "fell",
            "decreased",
            "remained",
            "be",
            "been",
            "achieved",
            "maintained",
            "topped");

    private VerbMeasures() {}

    /** "of which 19.5 million Yuan was from the central government", "… was development funds", "… was issued to …". */
    static EnglishMeasures.Measure breakdown(List<Token> t, int last, EnglishMeasures.Earlier parent) {
        int i = last + 1;
        if (i < t.size() && t.get(i).is("was", "were", "is", "are")) {
            i++;
            if (i < t.size() && t.get(i).is("from")) {
                return new EnglishMeasures.Measure(
                        EnglishMeasures.join(parent.noun(), "from " + NounPhrases.forward(t, i + 1)), parent.noun());
            }
            String purpose = purpose(t, i);
            if (purpose != null) {
                return new EnglishMeasures.Measure(purpose, purpose);
            }
            if (i < t.size() && isVerb(t, i)) {
                return new EnglishMeasures.Measure(
                        EnglishMeasures.join(parent.noun(), verbPhrase(t, i)), parent.noun());
            }
            String np = NounPhrases.forward(t, i);
            if (!np.isEmpty()) {
                return new EnglishMeasures.Measure(np, np);
            }
        }
        return new EnglishMeasures.Measure(parent.measure(), parent.noun());
    }

    /** "the repayment rate was 71.18%": the subject of the clause whose verb stands before the number. */
    static EnglishMeasures.Measure subject(List<Token> t, int first, int before) {
        int verb = before;
        while (verb >= 0
                && (t.get(verb).is("to", "at", "by", "from")
                        || t.get(verb).is("was", "were")
                                && verb + 1 < first
                                && NounPhrases.isPastParticiple(t.get(verb + 1).lower()))) {
            verb--;
        }
        if (verb < 0
                || !(LINKS.contains(t.get(verb).lower())
                        || NounPhrases.isPastParticiple(t.get(verb).lower())
                                && verb > 0
                                && t.get(verb - 1).is("was", "were"))) {
            return null;
        }
        // Earlier figures do not end the clause here: "the mutual funds of the 300 mutual aid societies amounted to".
        int start = EnglishMeasures.clauseStart(t, verb, List.of());
        int s = NounPhrases.skipDeterminers(t, start);
        if (s < verb
                && (NounPhrases.isPastParticiple(t.get(s).lower())
                        || NounPhrases.VERBS.contains(t.get(s).lower()))) {
            s = NounPhrases.skipDeterminers(t, s + 1); // "it reduced the rural poor by 600,000"
        }
        String np = s < verb ? NounPhrases.forward(t, s) : "";
        return np.isEmpty() ? null : new EnglishMeasures.Measure(np, np);
    }

    /**
     * "reduced the rural poor by 600,000", "increasing food production by 23,000 tons", "overfulfilling the plan by
     * 2.48%": the object of the verb before "by", or the subject when the verb is "rose", "grew", … .
     */
    static EnglishMeasures.Measure byPhrase(List<Token> t, int by) {
        int start = EnglishMeasures.clauseStart(t, by, List.of());
        for (int v = by - 1; v >= start; v--) {
            String w = t.get(v).lower();
            if (LINKS.contains(w)) {
                return null;
            }
            if (NounPhrases.isGerund(t, v)) {
                String phrase = Phrases.text(t, v, by - 1);
                return new EnglishMeasures.Measure(phrase, phrase);
            }
            if (NounPhrases.isVerbForm(w) || NounPhrases.VERBS.contains(w)) {
                String np = NounPhrases.forward(t, NounPhrases.skipDeterminers(t, v + 1));
                return np.isEmpty() ? null : new EnglishMeasures.Measure(np, np);
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
        return i + 1 >= t.size()
                || !t.get(i + 1).isWord()
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
    static EnglishMeasures.Measure afterVerb(List<Token> t, int last) {
        int i = last + 1;
        if (i + 1 < t.size() && t.get(i).is("was", "were", "has", "have")) {
            i++;
            if (t.get(i).is("been") && i + 1 < t.size()) {
                i++;
            }
            String w = t.get(i).lower();
            String purpose = purpose(t, i);
            if (purpose != null) {
                return new EnglishMeasures.Measure(purpose, purpose);
            }
            if (isVerb(t, i)) {
                // "2.483 billion yuan was invested, of which …": the verb is all the sentence says it measures.
                return new EnglishMeasures.Measure(verbPhrase(t, i), t.get(i).text());
            }
            if (w.equals("from")) {
                return null;
            }
            String np = NounPhrases.forward(t, i);
            if (!np.isEmpty()) {
                return new EnglishMeasures.Measure(np, np);
            }
        }
        return null;
    }

    /** The verb that opens the figure's clause: "invested 20 million yuan to reward …". */
    static String clauseVerb(List<Token> t, int first, List<EnglishMeasures.Earlier> earlier) {
        int start = EnglishMeasures.clauseStart(t, first, earlier);
        for (int i = first - 1; i >= start; i--) {
            String w = t.get(i).lower();
            if (NounPhrases.isPastParticiple(w) || NounPhrases.VERBS.contains(w) && !LINKS.contains(w)) {
                boolean particle = i + 1 < first && t.get(i + 1).is("in", "up", "out");
                return particle
                        ? t.get(i).text() + " " + t.get(i + 1).text()
                        : t.get(i).text(); // "put in"
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
    static String passive(List<Token> t, int i) {
        if (i + 1 < t.size() && t.get(i).is("was", "were") && isVerb(t, i + 1)) {
            return " " + t.get(i + 1).text();
        }
        return "";
    }

    /** The token after the phrase that {@link NounPhrases#forward} reads from {@code from}. */
    static int afterPhrase(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && !t.get(i).is("was", "were") && !t.get(i).isPunct() && i - from < 12) {
            i++;
        }
        return i;
    }
}
