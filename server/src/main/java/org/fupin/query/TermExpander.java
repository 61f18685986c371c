package org.fupin.query;

import java.util.Arrays;
import java.util.List;
import org.fupin.query.bilingual.Translation;

/**
 * The seam for bilingual search: turns one user word or phrase into pieces, each with the texts to search in the
 * English fields and in the Chinese fields. {@link GlossaryExpander} is the real one; {@link #IDENTITY} searches
 * exactly what was typed.
 */
public interface TermExpander {

    /** Searches exactly what the user typed, in both languages' fields, and translates nothing. */
    TermExpander IDENTITY = new TermExpander() {
        @Override
        public List<Piece> expand(UserQuery.Term term) {
            return List.of(Piece.verbatim(term.text()));
        }

        @Override
        public List<Piece> run(String englishWords) {
            return Arrays.stream(englishWords.strip().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .map(Piece::verbatim)
                    .toList();
        }
    };

    /**
     * The pieces of one term, in order; never empty for a term with text. An unquoted Chinese or mixed word may give
     * several pieces (互助资金还款率 gives 互助资金 and 还款率), which the caller treats like separate words; a
     * quoted phrase gives one piece.
     */
    List<Piece> expand(UserQuery.Term term);

    /**
     * Consecutive plain English words as the concepts they name, in order: a span that spells a glossary term
     * ({@code Rain Plan}, {@code mutual funds}) is one piece with its Chinese terms; every other word is a piece of its
     * own; stop words give no piece.
     */
    List<Piece> run(String englishWords);

    /**
     * One piece of a term.
     *
     * @param original     the user's text for this piece
     * @param english      texts to search in the English fields (each a phrase when it has several words); may be
     *                     empty, e.g. for a Chinese word no glossary entry covers
     * @param chinese      texts to search in the Chinese fields; may be empty
     * @param translations translations applied, for the response's {@code query.translated}
     * @param display      how {@code query.parsed} shows the piece, e.g. {@code 互助资金 → "mutual funds"}
     */
    record Piece(
            String original,
            List<String> english,
            List<String> chinese,
            List<Translation> translations,
            String display) {

        public Piece {
            english = List.copyOf(english);
            chinese = List.copyOf(chinese);
            translations = List.copyOf(translations);
            if (english.isEmpty() && chinese.isEmpty()) {
                throw new IllegalArgumentException("a piece searches something: " + original);
            }
        }

        /** The text as typed, in both languages' fields. */
        public static Piece verbatim(String text) {
            return new Piece(text, List.of(text), List.of(text), List.of(), text);
        }
    }
}
