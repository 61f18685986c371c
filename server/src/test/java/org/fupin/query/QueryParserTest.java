package org.fupin.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser();

    @Test
    void readsWordsPhrasesExclusionsOrAndTitle() {
        UserQuery q =
                parser.parse("mutual \"repayment rate\" -loan -\"rain plan\" relocation OR migration title:funds");

        assertEquals(
                "mutual \"repayment rate\" (relocation OR migration) title:funds -loan -\"rain plan\"", q.render());
        assertTrue(q.groups().get(1).required());
        assertEquals(7, q.termCount());
    }

    @Test
    void brokenInputIsReadLenientlyAndExplained() {
        List<String> inputs = List.of(
                "\"unbalanced",
                "title:",
                "((",
                "AND",
                "OR OR",
                "-",
                "\"\"",
                "a\u0000b\u0007",
                "x".repeat(10_000),
                "*?~^/re/",
                "\uD800");

        List<String> rendered =
                inputs.stream().map(input -> parser.parse(input).render()).toList();

        assertEquals(
                List.of(
                        "unbalanced [ignored an unbalanced quote]",
                        "(all sections) [ignored 'title:' with nothing after it]",
                        "(all sections) [ignored parentheses (grouping is not supported; OR joins its two neighbours)]",
                        "(all sections) [ignored AND (every concept must match by default)]",
                        "(all sections) [ignored an OR without a word on both sides]",
                        "-",
                        "(all sections) [ignored an empty phrase]",
                        "a b [removed control characters]",
                        "x".repeat(10_000),
                        "*?~^/re/",
                        "(all sections) [removed control characters]"),
                rendered);
        assertEquals(
                "unbalanced [ignored an unbalanced quote]",
                parser.parse("\"unbalanced").render());
        assertEquals(
                "(all sections) [ignored 'title:' with nothing after it]",
                parser.parse("title:").render());
        assertEquals(
                "a b [removed control characters]", parser.parse("a\u0000b").render());
    }

    @Test
    void wildcardAndRegexCharactersStayPlainWords() {
        UserQuery q = parser.parse("loan* /re.ex/ fund~2 rate^3");

        assertEquals(
                List.of("loan*", "/re.ex/", "fund~2", "rate^3"),
                q.groups().stream().map(g -> g.alternatives().get(0).text()).toList());
    }
}
