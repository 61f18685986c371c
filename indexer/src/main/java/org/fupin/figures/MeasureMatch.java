package org.fupin.figures;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lenient measure comparison of the figure evaluation. Both measures are lower-cased and split into words
 * (hyphens split too); the listed measure's head word is its last word before the first "of", "for", "to", "in",
 * "from", "on", "with", "by", "at" or a non-initial "per" ("repayment rate", "per capita net income of farmers" →
 * income, "yuan per household" → yuan); the extracted measure matches when one of its words has the same light stem
 * (-s, -ies, -ed, -ing, -ment removed) as that head word. So "timely repayment rate" matches "repayment rate",
 * "invested" matches "investment", and "success rate" does not match "loans".
 */
public final class MeasureMatch {

    private static final Set<String> CUTS = Set.of("of", "for", "to", "in", "from", "on", "with", "by", "at");

    private MeasureMatch() {}

    /** True when the extracted measure names the listed one. */
    public static boolean matches(String listed, String extracted) {
        String head = head(listed);
        Set<String> stems = new HashSet<>();
        for (String w : words(extracted)) {
            stems.add(stem(w));
        }
        return head != null && stems.contains(stem(head));
    }

    /** True when both measures have the same content words (stemmed, without "the", "of", …): a strict match. */
    public static boolean same(String listed, String extracted) {
        return contentStems(listed).equals(contentStems(extracted));
    }

    private static Set<String> contentStems(String measure) {
        Set<String> stems = new HashSet<>();
        for (String w : words(measure)) {
            if (!w.isEmpty() && !CUTS.contains(w) && !w.equals("the") && !w.equals("a") && !w.equals("and")) {
                stems.add(stem(w));
            }
        }
        return stems;
    }

    /** The head word of a listed measure. */
    public static String head(String measure) {
        String head = null;
        String[] words = words(measure);
        for (int i = 0; i < words.length; i++) {
            if (CUTS.contains(words[i]) || words[i].equals("per") && i > 0) {
                break;
            }
            head = words[i];
        }
        return head;
    }

    private static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'s", "").split("[^a-z0-9\\u4e00-\\u9fff]+");
    }

    public static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ment", "ing", "ed", "s"}) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 3) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}
