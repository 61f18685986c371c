package org.fupin.search;

/**
 * One expansion the service applied to a user's word or phrase, reported back so the user sees why a section matched.
 *
 * @param from   the user's word or phrase
 * @param to     the alternative searched as well
 * @param source where the alternative came from, e.g. "glossary" or "synonyms"
 */
public record Translation(String from, String to, String source) {
}
