package org.fupin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fupin.query.bilingual.Expansion;
import org.fupin.query.bilingual.Glossary;
import org.fupin.query.bilingual.QueryTranslator;
import org.fupin.query.bilingual.Scripts;
import org.fupin.query.bilingual.Translation;

/**
 * The bilingual {@link TermExpander}: Chinese text is matched against the glossary on the raw characters (longest term
 * first) and gains the English targets for the English fields, while the Chinese term itself (and same-meaning
 * variants such as 湖南省) is searched in the Chinese fields; leftover Chinese is segmented and searched as Chinese
 * only. English words keep their English matching untouched and gain Chinese terms (reverse glossary) for the Chinese
 * fields only. Thread-safe.
 */
public final class GlossaryExpander implements TermExpander {

    private final QueryTranslator translator;

    /** An expander over {@code glossary}. */
    public GlossaryExpander(Glossary glossary) {
        this.translator = new QueryTranslator(Objects.requireNonNull(glossary, "glossary"));
    }

    /** An expander over the bundled glossary. */
    public static GlossaryExpander bundled() {
        return new GlossaryExpander(Glossary.bundled());
    }

    @Override
    public List<Piece> expand(UserQuery.Term term) {
        String text = term.text();
        if (!Scripts.containsHan(text) && !term.phrase()) {
            // A lone plain English word; runs of them are split into concepts by run().
            return List.of(Piece.verbatim(text));
        }
        if (term.phrase()) {
            return List.of(piece(translator.expand(text)));
        }
        List<Piece> pieces = new ArrayList<>();
        translator.expandPieces(text).forEach(e -> pieces.add(piece(e)));
        // Only function words or punctuation: search the text as typed, which analyses to nothing and is reported.
        return pieces.isEmpty() ? List.of(Piece.verbatim(text)) : pieces;
    }

    @Override
    public List<Piece> run(String englishWords) {
        if (englishWords.isBlank()) {
            return List.of();
        }
        return translator.expandPieces(englishWords).stream()
                .map(GlossaryExpander::piece)
                .toList();
    }

    /** English alternatives go to the English fields, Chinese ones to the Chinese fields. */
    private static Piece piece(Expansion e) {
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (String alternative : e.alternatives()) {
            (Scripts.containsHan(alternative) ? chinese : english).add(alternative);
        }
        if (!Scripts.containsHan(e.original())) {
            // An English phrase or word: searched as typed in both languages, plus any Chinese term it translates to.
            chinese.add(0, e.original());
            return new Piece(
                    e.original(), english, chinese.stream().distinct().toList(), translations(e), e.describe());
        }
        return new Piece(e.original(), english, chinese, translations(e), e.describe());
    }

    private static List<Translation> translations(Expansion e) {
        return e.translations();
    }
}
