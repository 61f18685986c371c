package org.fupin.query;

/**
 * What the index knows about a word: whether it is so common that expanding it on its own (poor to
 * poverty-stricken, funds to capital) would flood the results with sections about something else.
 */
@FunctionalInterface
public interface TermStats {

    /** Treats no word as common; for building queries without an index. */
    TermStats NONE = word -> false;

    /** True when the single English word occurs in so many sections that it is not expanded on its own. */
    boolean isCommon(String englishWord);
}
