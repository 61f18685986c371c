package org.fupin.search.suggest;

import org.fupin.vocab.Language;

/**
 * One thing a reader may be typing: a glossary term, a program or province name, or a section heading.
 *
 * @param text        as shown and searched
 * @param counterpart the other language's name, or null
 * @param kind        {@code term}, {@code program}, {@code province} or {@code heading}
 * @param language    the language of {@code text}
 * @param sections    how many sections contain it (about); entries found in no section are never suggested
 */
record VocabularyEntry(String text, String counterpart, String kind, Language language, long sections) {

    /** Which of two entries with the same text to keep: a name says more than a term, a term more than a heading. */
    int rank() {
        return switch (kind) {
            case "province" -> 3;
            case "program" -> 2;
            case "term" -> 1;
            default -> 0;
        };
    }
}
