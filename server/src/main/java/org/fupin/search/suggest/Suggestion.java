package org.fupin.search.suggest;

/**
 * One suggestion as you type.
 *
 * @param text        the suggested term, program, province or heading, in its own language
 * @param counterpart the same thing in the other language ({@code 互助资金} for {@code mutual funds}), or null
 * @param kind        where it comes from: {@code term} (the glossary), {@code program}, {@code province} or
 *                    {@code heading} (a section heading)
 * @param query       the whole query to search when this suggestion is chosen (the words typed before the completed
 *                    part, then {@code text})
 * @param sections    how many sections contain it, about (its rarest word's count for a term; the sections under
 *                    a heading, province or program exactly)
 */
public record Suggestion(String text, String counterpart, String kind, String query, long sections) {}
