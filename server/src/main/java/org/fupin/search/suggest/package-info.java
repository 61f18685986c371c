/**
 * Suggestions as the user types ({@code /api/suggest}) and did-you-mean: a {@link org.fupin.search.suggest.Vocabulary}
 * of glossary terms, program and province names and section headings, rebuilt with each index generation, answered by
 * {@link org.fupin.search.suggest.Suggestions}; misspelt words corrected by the
 * {@link org.fupin.search.suggest.SpellingCorrector} against the index.
 */
package org.fupin.search.suggest;
