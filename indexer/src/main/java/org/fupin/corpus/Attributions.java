package org.fupin.corpus;

import java.util.List;

/**
 * Attribution lines such as {@code (Xu Dongliang, Jilin Provincial Poverty Alleviation Office)}: chapter metadata
 * naming the reporting office, sometimes spread over two lines or cut off at the end of a chapter.
 */
final class Attributions {

    private static final int MAX_LENGTH = 220;

    private Attributions() {}

    /**
     * How many paragraphs starting at {@code i} form an attribution (0, 1 or 2).
     *
     * @param paragraphs the chapter's paragraphs
     * @param i          the index to look at
     */
    static int lengthAt(List<String> paragraphs, int i) {
        String p = paragraphs.get(i);
        if (!opens(p) || p.length() > MAX_LENGTH || looksLikeProse(p)) {
            return 0;
        }
        if (closes(p)) {
            return 1;
        }
        if (i + 1 < paragraphs.size()) {
            String next = paragraphs.get(i + 1);
            if (closes(next) && !opens(next) && next.length() <= MAX_LENGTH && !looksLikeProse(next)) {
                return 2;
            }
            return 0;
        }
        // The last line of a chapter that opens a parenthesis but was cut off: "(Zhejiang Provincial Poverty
        // Alleviation Offi".
        return 1;
    }

    /** The reporting office named by an attribution: the part after the reporters' names. */
    static String office(String attribution) {
        String inner = attribution.strip().replaceAll("\\s+", " ");
        inner = inner.replaceAll("^[(（]\\s*", "").replaceAll("\\s*[)）]$", "");
        String[] parts = inner.split("[,，、]\\s*");
        for (int k = parts.length - 1; k >= 0; k--) {
            if (namesAnOrganisation(parts[k])) {
                return String.join(", ", java.util.Arrays.copyOfRange(parts, k, parts.length))
                        .strip();
            }
        }
        return parts[parts.length - 1].strip();
    }

    private static boolean namesAnOrganisation(String part) {
        String p = part.strip();
        return p.split(" ").length >= 3 || p.matches(".*(办|局|委|厅|会|室|部|中心).*");
    }

    /** Opens a parenthesis that is not a heading number such as {@code (1)} or {@code （一）}. */
    private static boolean opens(String p) {
        return (p.startsWith("(") || p.startsWith("（")) && Numbering.of(p).isEmpty();
    }

    private static boolean closes(String p) {
        return p.endsWith(")") || p.endsWith("）");
    }

    private static boolean looksLikeProse(String p) {
        return p.contains(". ") || p.contains("。") || p.contains("; ");
    }
}
