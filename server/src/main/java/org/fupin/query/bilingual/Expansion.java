package org.fupin.query.bilingual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one piece of the user's query expands to: alternative phrases to search (any may match; the original first),
 * the translations applied, and the Chinese pieces no glossary entry covered.
 *
 * @param original     the user's text for this piece
 * @param alternatives texts to search, the original first; each is analysed per field and searched as a phrase
 * @param translations glossary translations applied, for the API's {@code translated}
 * @param untranslated Chinese words kept as they are because the glossary has no entry for them
 */
public record Expansion(
        String original, List<String> alternatives, List<Translation> translations, List<String> untranslated) {

    public Expansion {
        Objects.requireNonNull(original, "original");
        alternatives = List.copyOf(alternatives);
        translations = List.copyOf(translations);
        untranslated = List.copyOf(untranslated);
        if (alternatives.isEmpty() || !alternatives.get(0).equals(original)) {
            throw new IllegalArgumentException("an expansion keeps the original text as its first alternative");
        }
    }

    /** Searches the text as typed, with nothing translated. */
    static Expansion verbatim(String text) {
        return new Expansion(text, List.of(text), List.of(), List.of());
    }

    /** A Chinese word that no glossary entry covers, searched as it is. */
    static Expansion notTranslated(String chinese) {
        return new Expansion(chinese, List.of(chinese), List.of(), List.of(chinese));
    }

    /** The original, the translation's targets, then further same-language variants (which are not translations). */
    static Expansion translated(String original, List<String> to, List<String> variants) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add(original);
        alternatives.addAll(to);
        alternatives.addAll(variants);
        return new Expansion(original, distinct(alternatives), List.of(new Translation(original, to)), List.of());
    }

    /**
     * One expansion for several pieces of one user term (e.g. 互助资金还款率): the whole original, then every
     * translation's targets. The alternatives are joined by OR, so this is looser than searching the pieces
     * separately; callers that can require each piece should use the pieces themselves.
     */
    static Expansion merge(String original, List<Expansion> pieces) {
        if (pieces.size() == 1 && pieces.get(0).original().equals(original)) {
            return pieces.get(0);
        }
        List<String> alternatives = new ArrayList<>();
        alternatives.add(original);
        List<Translation> translations = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (Expansion piece : pieces) {
            translations.addAll(piece.translations());
            piece.translations().forEach(t -> alternatives.addAll(t.to()));
            untranslated.addAll(piece.untranslated());
        }
        return new Expansion(original, distinct(alternatives), translations, untranslated);
    }

    /** True when a glossary entry translated (part of) this piece. */
    public boolean isTranslated() {
        return !translations.isEmpty();
    }

    /**
     * Human-readable form for the API's {@code parsed}: {@code 互助资金 → "mutual funds" | "mutual aid funds"},
     * {@code 量子 (not translated)}, or the plain text.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        translations.forEach(t -> parts.add(t.describe()));
        untranslated.forEach(u -> parts.add(u + " (not translated)"));
        if (parts.isEmpty()) {
            return original;
        }
        boolean single = parts.size() == 1
                && (translations.size() == 1 && translations.get(0).from().equals(original)
                        || untranslated.size() == 1 && untranslated.get(0).equals(original));
        return single ? parts.get(0) : original + " [" + String.join("; ", parts) + "]";
    }

    private static List<String> distinct(List<String> texts) {
        Set<String> seen = new LinkedHashSet<>(texts);
        return List.copyOf(seen);
    }
}
