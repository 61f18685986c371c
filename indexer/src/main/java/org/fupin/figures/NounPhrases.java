package org.fupin.figures;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase a figure is about, reading forward from a token ("55 million Yuan of <financial anti-poverty
 * funds>", "<the repayment rate> was 71.18%") or backward ("<relief funds> of 149 million yuan"). No part-of-speech
 * tagger: function words, verbs in a short list and past participles end a phrase, which is enough for the
 * report prose.
 */
final class NounPhrases {

    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "this", "these", "our", "his", "her", "it", "we", "they", "which", "that",
            "those", "whose", "total", "whole");

    /** Verbs that end a phrase read backwards, besides words in -ed. */
    static final Set<String> VERBS = Set.of(
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
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
            "covered",
            "achieved",
            "remained",
            "accounted",
            "became",
            "received",
            "could",
            "would",
            "can",
            "will",
            "should",
            "built",
            "set",
            "put",
            "dug",
            "laid",
            "held",
            "made",
            "got",
            "gave",
            "won",
            "spent",
            "sent",
            "paid",
            "bred",
            "took",
            "brought",
            "sold",
            "lent",
            "cut",
            "kept",
            "led",
            "met",
            "ran",
            "saw",
            "drew",
            "raised",
            "including",
            "covering",
            "benefiting",
            "involving",
            "reaching",
            "addressing",
            "supporting",
            "generating",
            "creating",
            "increasing",
            "helping",
            "giving");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of(
            "repaid", "paid", "built", "set", "put", "spent", "sent", "held", "made", "laid", "dug", "lent", "sold",
            "bred", "won", "got", "given", "taken", "brought", "grown", "risen", "kept", "led", "met", "done", "run",
            "drawn", "cut");

    private static final int MAX_WORDS = 8;

    private NounPhrases() {}

    /** The phrase starting at token {@code from}, or "" when none starts there. */
    static String forward(List<Token> t, int from) {
        int i = skipDeterminers(t, from);
        int start = i;
        int end = i; // exclusive
        boolean usedOf = false;
        while (i < t.size() && i - start < MAX_WORDS) {
            Token token = t.get(i);
            String w = token.lower();
            if (token.isPunct() && token.glued() && (w.equals("’") || w.equals("'")) && i > start) {
                i++;
                end = i;
                continue;
            }
            if (token.is("“", "”", "\"") && i + 1 < t.size() && (token.is("“") || i > start)) {
                i++; // quoted names inside a phrase: "Three West" funds
                continue;
            }
            if (!token.isWord() || VERBS.contains(w)) {
                break;
            }
            if (w.equals("of") || w.equals("and")) {
                // One "of" phrase stays ("per capita net income of farmers"); "of the 300 societies" does not.
                int next = w.equals("of") ? skipDeterminers(t, i + 1) : i + 1;
                if ((w.equals("of") && usedOf) || next >= t.size() || !content(t.get(next))) {
                    break;
                }
                usedOf |= w.equals("of");
                i = next;
                continue;
            }
            if (EnglishUnits.FUNCTION_WORDS.contains(w)
                    && !(w.equals("per") && i + 1 < t.size() && content(t.get(i + 1)))) {
                break;
            }
            i++;
            end = i;
        }
        return end > start ? Phrases.text(t, start, end - 1).replace("“", "").replace("”", "") : "";
    }

    /** The phrase ending at token {@code last} read backwards, or "" when none ends there. */
    static String backward(List<Token> t, int last) {
        int i = last;
        boolean usedOf = false;
        while (i >= 0 && last - i < MAX_WORDS) {
            Token token = t.get(i);
            String w = token.lower();
            // One "of" between nouns stays: "trainings of anti-poverty cadres for 1,800 person-times".
            if ((w.equals("of") && !usedOf || w.equals("per")) && i < last && i > 0 && isNoun(t.get(i - 1))) {
                usedOf = true;
                i--;
                continue;
            }
            if (!isNoun(token)) {
                break;
            }
            i--;
        }
        int first = i + 1;
        if (first <= last && t.get(first).is("of")) {
            first++;
        }
        return first <= last ? Phrases.text(t, first, last) : "";
    }

    private static boolean isNoun(Token token) {
        String w = token.lower();
        return token.isWord()
                && !EnglishUnits.FUNCTION_WORDS.contains(w)
                && !VERBS.contains(w)
                && !DETERMINERS.contains(w)
                && !isVerbForm(w);
    }

    /** A past tense or participle, regular ("issued") or one of the irregular ones the reports use ("repaid"). */
    static boolean isVerbForm(String w) {
        return isPastParticiple(w) || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** A gerund that opens a verb phrase: "overfulfilling the plan", "increasing food production". */
    static boolean isGerund(List<Token> t, int i) {
        String w = t.get(i).lower();
        return w.length() > 5
                && w.endsWith("ing")
                && !w.equals("during")
                && !w.equals("including")
                && (VERBS.contains(w)
                        || i + 1 < t.size() && DETERMINERS.contains(t.get(i + 1).lower()));
    }

    /** The first token after determiners and "a total of". */
    static int skipDeterminers(List<Token> t, int from) {
        int i = from;
        while (i < t.size()
                && (DETERMINERS.contains(t.get(i).lower())
                        || t.get(i).is("of") && i > from && t.get(i - 1).is("total"))) {
            i++;
        }
        return i;
    }

    /** Past tense or participle: "obtained", "hardened", "issued". */
    static boolean isPastParticiple(String w) {
        return w.length() > 4 && w.endsWith("ed") && !w.equals("hundred") && !w.equals("need");
    }

    private static boolean content(Token token) {
        return token.isWord()
                && !EnglishUnits.FUNCTION_WORDS.contains(token.lower())
                && !DETERMINERS.contains(token.lower())
                && !VERBS.contains(token.lower());
    }
}
