package org.fupin.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token look-up answers exactly what {@code Set.contains(token.lower())} answered, without the copy. */
class WordSetTest {

    private static final WordSet WORDS = WordSet.of("of", "was", "per", "kg", "person-times", "government's");

    @Test
    void aTokenIsFoundWhateverItsCase() {
        List<Token> t = Tokens.of("Of OF of Was wAS per PER Person-Times GOVERNMENT'S kg");
        for (Token token : t) {
            assertTrue(WORDS.contains(token), token.text());
        }
    }

    @Test
    void onlyWholeWordsAreFound() {
        for (Token token : Tokens.of("o off ofs wasn't wash pe kgs person times 12 , % government")) {
            assertFalse(WORDS.contains(token), token.text());
        }
    }

    @Test
    void outsideAsciiTheAnswerIsTheLowerCasedString() {
        // The Kelvin sign lower-cases to an ASCII "k"; a dotted capital I lower-cases to two characters.
        List<Token> t = Tokens.of("\u212Ag İs of’s");
        for (Token token : t) {
            assertEquals(WORDS.contains(token.lower()), WORDS.contains(token), token.text());
        }
        assertTrue(WORDS.contains(t.get(0)), "the Kelvin sign and g are kg, as String.toLowerCase says");
    }

    @Test
    void everyRuleWordListAgreesWithTheStringLookUp() {
        String sentence = "The Number of people WHO were lifted out of poverty in May reached 3,000, "
                + "of which 1,200 Were trained and the Rest had been relocated, including Heads of livestock.";
        for (WordSet set : List.of(
                EnglishUnits.FUNCTION_WORDS, NounPhrases.VERBS, WORDS, WordSet.of("people", "number", "trained"))) {
            for (Token token : Tokens.of(sentence)) {
                assertEquals(set.contains(token.lower()), set.contains(token), token.text());
            }
        }
    }

    @Test
    void aWordListHoldsLowerCaseAsciiWordsOnly() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("Yuan"));
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("公里"));
    }
}
