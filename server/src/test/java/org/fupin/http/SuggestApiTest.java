package org.fupin.http;

import static org.fupin.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fupin.index.IndexBuilder;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/suggest} and the search's did-you-mean over the index of the seed reports, through a real server. */
class SuggestApiTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode suggest(TestServer on, String q) throws Exception {
        return on.ok("/api/suggest?q=" + enc(q));
    }

    /** Each suggestion as "text | counterpart | kind". */
    private static List<String> lines(JsonNode reply) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : reply.path("suggestions")) {
            out.add(s.path("text").asText() + " | " + s.path("counterpart").asText("") + " | "
                    + s.path("kind").asText());
        }
        return out;
    }

    private static String didYouMean(String q) throws Exception {
        TestServer.Reply reply = server.get("/api/search?size=1&q=" + enc(q));
        assertEquals(200, reply.status(), reply.body());
        JsonNode suggestion = reply.json().path("query").path("suggestion");
        assertFalse(suggestion.isMissingNode(), "query.suggestion is always present");
        return suggestion.isNull() ? null : suggestion.asText();
    }

    @Test
    void chineseTypingSuggestsGlossaryTermsWithTheirEnglish() throws Exception {
        List<String> got = lines(suggest(server, "互助"));

        assertEquals("互助资金 | mutual funds | term", got.getFirst());
        assertTrue(got.contains("贫困村互助资金 | Village Mutual Funds | program"), got.toString());
        assertTrue(got.stream().allMatch(s -> s.contains("互助")), got.toString());
    }

    @Test
    void englishTypingSuggestsTermsProgramsAndHeadingsWithChineseBeside() throws Exception {
        List<String> got = lines(suggest(server, "mut"));

        assertEquals("mutual funds | 互助资金 | term", got.getFirst());
        assertTrue(got.contains("Village Mutual Funds | 贫困村互助资金 | program"), got.toString());
        assertTrue(got.contains("Pilot Projects of Mutual Funds |  | heading"), got.toString());
        assertEquals(
                List.of("Rain Plan | 雨露计划 | program", "Rain Plan training | 雨露计划培训 | term"),
                lines(suggest(server, "rain")));
    }

    @Test
    void provinceNamesAreSuggestedInBothLanguages() throws Exception {
        assertEquals(List.of("Guizhou | 贵州 | province"), lines(suggest(server, "gui")));
        assertEquals("贵州 | Guizhou | province", lines(suggest(server, "贵")).getFirst());
        // No chapter is about Beijing, so it is not offered as a province, only as a word some sections mention.
        assertEquals(List.of("Beijing | 北京 | term"), lines(suggest(server, "beij")));
        assertEquals(List.of(), lines(suggest(server, "xiz")));
    }

    @Test
    void theLastWordsAreCompletedAfterTheWordsBeforeThem() throws Exception {
        JsonNode reply = suggest(server, "mutual funds rep");

        List<String> queries = new ArrayList<>();
        reply.path("suggestions").forEach(s -> queries.add(s.path("query").asText()));
        assertEquals(List.of("mutual funds repayment", "mutual funds repayment rate"), queries);
        assertEquals("还款率", reply.path("suggestions").get(1).path("counterpart").asText());
    }

    @Test
    void everySuggestionFindsSections() throws Exception {
        for (JsonNode s : suggest(server, "reloc").path("suggestions")) {
            JsonNode found = server.get(
                            "/api/search?size=1&q=" + enc(s.path("query").asText()))
                    .json();
            assertTrue(found.path("total").asLong() > 0, s + " finds nothing");
            assertTrue(s.path("sections").asLong() > 0, s.toString());
        }
    }

    @Test
    void sizeLimitsTheSuggestionsAndEmptyTextHasNone() throws Exception {
        assertEquals(
                2,
                server.get("/api/suggest?q=re&size=2")
                        .json()
                        .path("suggestions")
                        .size());
        assertEquals(
                "{\"q\":\"\",\"suggestions\":[]}", server.get("/api/suggest?q=").body());
        assertEquals(
                "{\"q\":\"\",\"suggestions\":[]}", server.get("/api/suggest").body());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/suggest?q=rain&colour=red | unknown parameter(s) colour; allowed: q, lang, size",
                "/api/suggest?q=rain&q=plan     | q may be given once, not 2 times",
                "/api/suggest?q=rain&size=0     | size must be a whole number from 1 to 20",
                "/api/suggest?q=rain&size=21    | size must be a whole number from 1 to 20",
                "/api/suggest?q=rain&size=many  | size 'many' is not allowed; size must be a whole number from 1 to 20",
                "/api/suggest?q=rain&lang=fr    | lang 'fr' is not allowed; allowed: en, zh",
            })
    void badParametersAreClearFourHundreds(String path, String message) throws Exception {
        TestServer.Reply reply = server.get(path);

        assertEquals(400, reply.status(), reply.body());
        assertEquals(message, reply.json().path("error").path("message").asText());
    }

    @Test
    void overLongTextIsRefused() throws Exception {
        TestServer.Reply reply = server.get("/api/suggest?q=" + "a".repeat(101));

        assertEquals(400, reply.status());
        assertEquals(
                "q is 101 characters long; suggestions complete at most 100 characters",
                reply.json().path("error").path("message").asText());
        assertEquals(200, server.get("/api/suggest?q=" + "a".repeat(100)).status());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mutal funds repaymnet rate     | mutual funds repayment rate",
                "rane plan                      | rain plan",
                "Relocaton in Guizhou           | Relocation in Guizhou",
                "\"mutal funds\" -relocaton     | \"mutual funds\" -relocation",
                "title:rane plan                | title:rain plan",
            })
    void misspeltWordsGetACorrectedQuery(String typed, String corrected) throws Exception {
        assertEquals(corrected, didYouMean(typed));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"mutual funds repayment rate", "relocation OR resettlement", "互助资金 还款率", "qwxzvy", "the"})
    void wellSpeltOrUnknowableQueriesHaveNoSuggestion(String typed) throws Exception {
        assertEquals(null, didYouMean(typed));
    }

    @Test
    void suggestionsFollowARebuiltIndex(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path index = tmp.resolve("index");
        report(seeds, "Yak Husbandry Cooperatives");
        IndexBuilder.build(seeds, index);
        try (TestServer small = TestServer.over(index)) {
            assertEquals(List.of("Yak Husbandry Cooperatives |  | heading"), lines(suggest(small, "yak")));

            report(seeds, "Walnut Orchards");
            IndexBuilder.build(seeds, index, IndexBuilder.Shrink.ALLOW);
            small.refresh();

            assertEquals(List.of(), lines(suggest(small, "yak")));
            assertEquals(List.of("walnut | 核桃 | term", "Walnut Orchards |  | heading"), lines(suggest(small, "waln")));
        }
    }

    /** Writes a one-chapter report whose one section is headed {@code heading}. */
    private static void report(Path seeds, String heading) throws Exception {
        Files.writeString(
                seeds.resolve("000_one.txt"),
                String.format(Locale.ROOT, """
                Poverty Alleviation and Development in Hebei Province

                      【%s】 In 2012, Hebei Province supported %s in 40 villages.
                """, heading, heading.toLowerCase(Locale.ROOT)),
                StandardCharsets.UTF_8);
    }
}
