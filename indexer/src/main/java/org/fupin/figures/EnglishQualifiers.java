package org.fupin.figures;

import java.util.List;

/** Reads the qualifier a sentence gives a number: "nearly 100%", "more than 50 yuan", "up 36%", "rose by 17%". */
final class EnglishQualifiers {

    private EnglishQualifiers() {}

    /** The qualifier for the number at token {@code first}, whose unit ends at token {@code last}. */
    static Qualifier of(List<Token> t, int first, int last) {
        Qualifier before = before(t, first);
        if (before != Qualifier.NONE) {
            return before;
        }
        // "17 million yuan more than that in 2011": a difference, i.e. an increase.
        if (last + 2 < t.size()
                && t.get(last + 1).is("more", "higher")
                && t.get(last + 2).is("than")) {
            return Qualifier.UP;
        }
        if (last + 2 < t.size()
                && t.get(last + 1).is("less", "lower", "fewer")
                && t.get(last + 2).is("than")) {
            return Qualifier.DOWN;
        }
        return Qualifier.NONE;
    }

    private static Qualifier before(List<Token> t, int first) {
        String w1 = word(t, first - 1);
        String w2 = word(t, first - 2);
        String w3 = word(t, first - 3);
        switch (w1) {
            case "nearly", "almost" -> {
                return Qualifier.NEARLY;
            }
            case "about", "around", "approximately", "roughly" -> {
                return Qualifier.ABOUT;
            }
            case "over", "exceeding" -> {
                return Qualifier.MORE_THAN;
            }
            case "up" -> {
                return Qualifier.UP;
            }
            case "down" -> {
                return Qualifier.DOWN;
            }
            case "than" -> {
                return than(w2, w3);
            }
            case "to" -> {
                if (w2.equals("close")) {
                    return Qualifier.NEARLY;
                }
            }
            case "least" -> {
                if (w2.equals("at")) {
                    return Qualifier.AT_LEAST;
                }
            }
            case "most" -> {
                if (w2.equals("at")) {
                    return Qualifier.AT_MOST;
                }
            }
            case "of" -> {
                return direction(w2);
            }
            case "by" -> {
                return byVerb(t, first - 2);
            }
            default -> {
                return Qualifier.NONE;
            }
        }
        return Qualifier.NONE;
    }

    /** "more than", "no less than", "no lower than", "less than", "no more than". */
    private static Qualifier than(String w2, String w3) {
        boolean negated = w3.equals("no") || w3.equals("not");
        return switch (w2) {
            case "more", "higher", "greater" -> negated ? Qualifier.AT_MOST : Qualifier.MORE_THAN;
            case "less", "lower", "fewer" -> negated ? Qualifier.AT_LEAST : Qualifier.LESS_THAN;
            default -> Qualifier.NONE;
        };
    }

    /** "an increase of", "a decrease of". */
    private static Qualifier direction(String noun) {
        return switch (noun) {
            case "increase", "growth", "rise" -> Qualifier.UP;
            case "decrease", "reduction", "decline", "drop", "fall" -> Qualifier.DOWN;
            default -> Qualifier.NONE;
        };
    }

    /** "rose by 17%", "reduced the rural poor by 600,000": the verb of the clause before "by" gives the direction. */
    private static Qualifier byVerb(List<Token> t, int from) {
        for (int i = from; i >= 0 && i > from - 8; i--) {
            Token token = t.get(i);
            if (token.isPunct() || token.isNumber()) {
                break;
            }
            switch (token.lower()) {
                case "rose", "increased", "grew", "risen", "grown", "raised", "increasing", "raising" -> {
                    return Qualifier.UP;
                }
                case "reduced", "decreased", "dropped", "fell", "declined", "cut", "fallen", "reducing" -> {
                    return Qualifier.DOWN;
                }
                default -> {}
            }
        }
        return Qualifier.NONE;
    }

    private static String word(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).lower() : "";
    }
}
