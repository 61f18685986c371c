package org.fupin.search;

import java.util.List;

/**
 * The seam for bilingual search: turns one user word or phrase into the alternatives to search (the original first),
 * e.g. a Chinese term plus its English glossary translation, or an English word plus its synonyms.
 */
@FunctionalInterface
public interface TermExpander {

    /** Searches exactly what the user typed. */
    TermExpander IDENTITY = term -> new Expansion(List.of(term.text()), List.of());

    /** The alternatives for one term. */
    Expansion expand(UserQuery.Term term);

    /**
     * What one term expands to.
     *
     * @param alternatives texts to search, analysed per field; each is searched as a phrase when it has several words
     * @param translations the expansions applied, for the response's {@code query.translated}
     */
    record Expansion(List<String> alternatives, List<Translation> translations) {

        public Expansion {
            alternatives = List.copyOf(alternatives);
            translations = List.copyOf(translations);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("an expansion keeps at least the original text");
            }
        }
    }
}
