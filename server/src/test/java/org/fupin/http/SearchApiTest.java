package org.fupin.http;

import static org.fupin.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupin.index.BuildSummary;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search API over the index of the real seed reports, through a real server. */
class SearchApiTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode search(String query) throws Exception {
        return server.ok("/api/search?" + query);
    }

    private static int facetCount(JsonNode response, String dim, String value) {
        for (JsonNode v : response.path("facets").path(dim)) {
            if (v.path("value").asText().equals(value)) {
                return v.path("count").asInt();
            }
        }
        return 0;
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    @Test
    void mutualFundsRepaymentRateMatchesEveryConceptThenThePartialMatchesThatStateARate() throws Exception {
        JsonNode r = search("q=" + enc("mutual funds repayment rate"));

        // Read from the seeds: four sections state a repayment rate of mutual funds, three more (microcredit and
        // household loans) state a repayment rate without naming mutual funds.
        assertEquals(
                List.of("mutual funds", "repayment rate"),
                strings(r.path("query").path("concepts")));
        assertEquals("all", r.path("query").path("match").asText());
        assertEquals("all", r.path("query").path("counts").asText());
        assertEquals(4, r.path("total").asInt());
        assertEquals(
                Set.of("843f96d5d2299e8f", "6aaf9b02d4fa13a0", "007dacfd0107814e", "dc1caee04ee10611"),
                Set.copyOf(ids(r).subList(0, 4)));
        assertEquals(
                Set.of("a31dc7c4a1700db4", "eaa9c3d1aa5e24e9", "9810f54f5a0d9431"), Set.copyOf(ids(r).subList(4, 7)));
        for (int i = 0; i < 10; i++) {
            JsonNode hit = r.path("hits").get(i);
            assertEquals(i < 4 ? "all" : "partial", hit.path("match").asText(), hit.toString());
            assertEquals(
                    i < 4 ? List.of() : i < 7 ? List.of("mutual funds") : List.of("repayment rate"),
                    strings(hit.path("missing")),
                    hit.toString());
            assertTrue(hit.path("snippet_html").asText().contains("<mark>"), hit.toString());
        }
        assertEquals(4, sum(r.path("facets").path("province")));
        assertEquals(
                "mutual funds → \"互助资金\" | \"贫困村互助资金\" | \"村级互助资金\" | \"扶贫互助资金\" | \"互助资金协会\""
                        + " | \"资金互助社\" + repayment rate → \"还款率\"",
                r.path("query").path("parsed").asText());
    }

    @Test
    void matchAnyKeepsTheLooseModeWithFullMatchesFirst() throws Exception {
        JsonNode all = search("q=" + enc("mutual funds repayment rate"));
        JsonNode any = search("q=" + enc("mutual funds repayment rate") + "&match=any");

        assertEquals("any", any.path("query").path("counts").asText());
        assertTrue(any.path("total").asInt() > 40, any.path("total").toString());
        assertEquals(Set.copyOf(ids(all).subList(0, 4)), Set.copyOf(ids(any).subList(0, 4)));
        assertEquals("any", any.path("hits").get(0).path("match").asText());
    }

    @Test
    void unknownMatchModeIsRejected() throws Exception {
        TestServer.Reply reply = server.get("/api/search?q=x&match=most");

        assertEquals(400, reply.status());
        assertEquals(
                "match 'most' is not allowed; allowed: all, any",
                reply.json().path("error").path("message").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int sum(JsonNode facetValues) {
        int n = 0;
        for (JsonNode v : facetValues) {
            n += v.path("count").asInt();
        }
        return n;
    }

    @Test
    void provinceAndYearFiltersNarrowTheHitsAndFacetCountsMatchThem() throws Exception {
        JsonNode all = search("q=poverty&size=100");
        String province =
                all.path("facets").path("province").get(0).path("value").asText();
        int expected = facetCount(all, "province", province);

        JsonNode filtered = search("q=poverty&size=100&province=" + enc(province));

        assertEquals(expected, filtered.path("total").asInt());
        filtered.path("hits")
                .forEach(h -> assertEquals(province, h.path("province").asText()));
        assertEquals(expected, facetCount(filtered, "province", province));
        int yearSum = 0;
        for (JsonNode y : filtered.path("facets").path("year")) {
            yearSum += y.path("count").asInt();
        }
        assertEquals(filtered.path("total").asInt(), yearSum);
        String year = filtered.path("facets").path("year").get(0).path("value").asText();
        JsonNode both = search("q=poverty&province=" + enc(province) + "&year=" + year);
        assertEquals(facetCount(filtered, "year", year), both.path("total").asInt());
        assertTrue(both.path("facets").path("year").get(0).path("selected").asBoolean());
    }

    @Test
    void addingASecondProvinceAddsExactlyItsCount() throws Exception {
        JsonNode first = search("q=" + enc("mutual funds") + "&province=Guizhou");
        JsonNode other = null;
        for (JsonNode v : first.path("facets").path("province")) {
            if (!v.path("selected").asBoolean() && v.path("count").asInt() > 0) {
                other = v;
                break;
            }
        }
        assertNotNull(other, "another province has mutual-funds hits");

        JsonNode both = search("q=" + enc("mutual funds") + "&province=Guizhou&province="
                + enc(other.path("value").asText()));

        assertEquals(
                first.path("total").asInt() + other.path("count").asInt(),
                both.path("total").asInt());
        assertEquals(
                first.path("facets")
                        .path("province")
                        .toString()
                        .replace("\"selected\":false", "")
                        .replace("\"selected\":true", "")
                        .length(),
                both.path("facets")
                        .path("province")
                        .toString()
                        .replace("\"selected\":false", "")
                        .replace("\"selected\":true", "")
                        .length(),
                "province counts ignore the province selection");
    }

    @Test
    void pagesAreStableAndTheirUnionIsTheTopResults() throws Exception {
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(ids(search("q=" + enc("village funds") + "&size=10&page=" + page)));
        }

        List<String> top = ids(search("q=" + enc("village funds") + "&size=30"));

        assertEquals(30, new HashSet<>(paged).size());
        assertEquals(top, paged);
    }

    @Test
    void sortingByYearPutsTheNewestFirst() throws Exception {
        JsonNode newest = search("sort=year&size=100");
        JsonNode oldest = search("sort=year_asc&size=5");

        int previous = Integer.MAX_VALUE;
        for (JsonNode hit : newest.path("hits")) {
            assertTrue(hit.path("year").asInt() <= previous);
            previous = hit.path("year").asInt();
        }
        assertTrue(oldest.path("hits").get(0).path("year").asInt()
                <= newest.path("hits").get(0).path("year").asInt());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "size=1000|size",
                "page=0|page",
                "page=101&size=100|10000",
                "year=abc|year",
                "sort=foo|relevance",
                "province=Atlantis|Guizhou",
                "program=nope|mutual-funds",
                "colour=red|allowed",
                "page=x|page"
            })
    void badParametersAreRefusedWithAJsonMessageSayingWhatIsAllowed(String query, String mentioned) throws Exception {
        TestServer.Reply reply = server.get("/api/search?" + query);

        assertEquals(400, reply.status(), reply.body());
        assertEquals(400, reply.json().path("error").path("status").asInt());
        assertTrue(reply.json().path("error").path("message").asText().contains(mentioned), reply.body());
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedNamingTheLimit() throws Exception {
        TestServer.Reply reply = server.get("/api/search?q=" + "x".repeat(10_000));

        assertEquals(400, reply.status());
        assertTrue(reply.json().path("error").path("message").asText().contains("1000"));
    }

    /** Broken query syntax, each with the reading {@code query.parsed} reports (nothing is a syntax error). */
    private static final Map<String, String> BROKEN = new LinkedHashMap<>();

    static {
        BROKEN.put("\"unbalanced", "unbalanced [ignored an unbalanced quote]");
        BROKEN.put("title:", "(all sections) [ignored 'title:' with nothing after it]");
        BROKEN.put(
                "((", "(all sections) [ignored parentheses (grouping is not supported; OR joins its two neighbours)]");
        BROKEN.put("AND", "(all sections) [ignored AND (every concept must match by default)]");
        BROKEN.put("OR", "(all sections) [ignored an OR without a word on both sides]");
        BROKEN.put("-", "-");
        BROKEN.put(
                "a\u0000b\u0001c", "b + c [removed control characters] [no section contains c; searched without it]");
        BROKEN.put("*", "*");
        BROKEN.put("loan~", "loan → \"扶贫贷款\" | \"扶贫贴息贷款\" | \"信贷\" | \"贷款\" | \"借款\"");
        BROKEN.put("/regex/", "regex");
        BROKEN.put("fund^2", "fund^2");
        BROKEN.put("\"\"", "(all sections) [ignored an empty phrase]");
        BROKEN.put("title:\"", "(all sections) [ignored an unbalanced quote; ignored 'title:' with nothing after it]");
        BROKEN.put("-\"x", "-x [ignored an unbalanced quote]");
        BROKEN.put("\u200Bword", "word [removed control characters]");
        BROKEN.put(
                "))(( OR AND NOT",
                "(all sections) [ignored parentheses (grouping is not supported; OR joins its two neighbours); ignored AND"
                        + " (every concept must match by default); ignored NOT (put - before a word to exclude it); ignored an OR"
                        + " without a word on both sides]");
    }

    @Test
    void brokenQueriesAreReadLenientlyAndSayHow() throws Exception {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String q : BROKEN.keySet()) {
            TestServer.Reply reply = server.get("/api/search?q=" + enc(q));

            assertEquals(200, reply.status(), q + " -> " + reply.body());
            parsed.put(q, reply.json().path("query").path("parsed").asText());
        }

        assertEquals(BROKEN, parsed);
    }

    @Test
    void stemmingLetsLoanFindLoansAndRelocatedFindRelocation() throws Exception {
        String loans = search("q=loan&size=50").toString();
        String relocation = search("q=relocated&size=50").toString();

        assertTrue(Pattern.compile("<mark>loans</mark>", Pattern.CASE_INSENSITIVE)
                .matcher(loans)
                .find());
        assertTrue(Pattern.compile("<mark>relocation</mark>", Pattern.CASE_INSENSITIVE)
                .matcher(relocation)
                .find());
    }

    @Test
    void excludedWordsAndRequiredPhrasesShapeTheResults() throws Exception {
        JsonNode phrase = search("q=" + enc("\"repayment rate\"") + "&size=100");
        JsonNode excluded = search("q=" + enc("\"repayment rate\" -Guizhou") + "&size=100");
        JsonNode titles = search("q=" + enc("title:overview") + "&size=100");

        assertEquals(7, phrase.path("total").asInt());
        phrase.path("hits")
                .forEach(h -> assertTrue(
                        h.path("snippet_html")
                                .asText()
                                .toLowerCase(Locale.ROOT)
                                .contains("<mark>repayment rate</mark>"),
                        h.toString()));
        assertTrue(excluded.path("total").asInt() < phrase.path("total").asInt());
        excluded.path("hits").forEach(h -> assertFalse(h.toString().contains("Guizhou")));
        titles.path("hits")
                .forEach(h -> assertTrue(h.path("title_html").asText().contains("<mark>")));
    }

    @Test
    void unknownRoutesAndUnknownSectionsAreJson404s() throws Exception {
        TestServer.Reply route = server.get("/api/nothing-here");
        TestServer.Reply section = server.get("/api/sections/doesnotexist");

        assertEquals(404, route.status());
        assertEquals(404, route.json().path("error").path("status").asInt());
        assertEquals(404, section.status());
        assertTrue(section.json().path("error").path("message").asText().contains("doesnotexist"));
    }

    @Test
    void aSectionHasItsTextNeighboursAndMarkedQueryTerms() throws Exception {
        JsonNode hit =
                search("q=" + enc("mutual funds") + "&size=1").path("hits").get(0);
        String id = hit.path("id").asText();

        JsonNode plain = server.get("/api/sections/" + id).json();
        JsonNode marked =
                server.get("/api/sections/" + id + "?q=" + enc("mutual funds")).json();

        assertEquals(hit.path("title").asText(), plain.path("title").asText());
        assertEquals("8ffe7be549472492", id);
        assertEquals(352, plain.path("text").asText().length());
        assertTrue(plain.path("text_html").isNull());
        assertTrue(marked.path("text_html").asText().toLowerCase(Locale.ROOT).contains("<mark>mutual funds</mark>"));
        assertTrue(!plain.path("prev").isNull() || !plain.path("next").isNull());
        String next = plain.path("next").isNull() ? null : plain.path("next").asText();
        if (next != null) {
            JsonNode following = server.get("/api/sections/" + next).json();
            assertEquals(id, following.path("prev").asText());
            assertEquals(
                    plain.path("source").path("ordinal").asInt() + 1,
                    following.path("source").path("ordinal").asInt());
        }
    }

    @Test
    void healthStatsAndFacetsDescribeTheWholeIndex() throws Exception {
        JsonNode health = server.get("/health").json();
        JsonNode stats = server.get("/api/stats").json();
        JsonNode facets = server.get("/api/facets").json();

        assertEquals("ok", health.path("status").asText());
        BuildSummary built = SeedIndex.summary();
        int sections = health.path("sections").asInt();
        assertEquals(450, sections);
        assertEquals(built.sections(), sections);
        assertEquals(sections, stats.path("sections").asInt());
        assertEquals(5, stats.path("files").asInt());
        assertEquals(33, stats.path("chapters").asInt());
        assertEquals(built.chapters().size(), stats.path("chapters").asInt());
        // The build time the index's commit records, in ISO-8601, no later than now.
        Instant builtAt = Instant.parse(stats.path("built_at").asText());
        assertFalse(builtAt.isAfter(Instant.now()), builtAt.toString());
        int perProvince = 0;
        for (JsonNode v : facets.path("province")) {
            perProvince += v.path("count").asInt();
            assertEquals(
                    v.path("count").asInt(),
                    stats.path("sections_by_province")
                            .path(v.path("value").asText())
                            .asInt());
            assertEquals(
                    Province.byName(v.path("value").asText()).orElseThrow().chinese(),
                    v.path("label_zh").asText());
        }
        assertEquals(sections, perProvince);
        assertEquals("贫困村互助资金", labelZh(facets, "mutual-funds"));
    }

    private static String labelZh(JsonNode facets, String program) {
        for (JsonNode v : facets.path("program")) {
            if (v.path("value").asText().equals(program)) {
                return v.path("label_zh").asText();
            }
        }
        return null;
    }

    @Test
    void theOpenApiDocumentParsesAndListsEveryRoute() throws Exception {
        JsonNode doc = server.get("/api/openapi.json").json();

        List<String> routes = App.routes(server.app());
        assertTrue(routes.size() >= 6, routes.toString());
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertTrue(doc.path("paths").path(path).has(method), "OpenAPI lacks " + route);
        }
        assertTrue(doc.path("openapi").asText().startsWith("3."));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        TestServer.Reply ok = server.get("/api/search?q=funds");
        TestServer.Reply missing = server.get("/api/missing");

        for (TestServer.Reply reply : List.of(ok, missing)) {
            assertTrue(reply.raw()
                    .headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("default-src 'self'"));
            assertEquals(
                    "nosniff",
                    reply.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertNull(ok.json().path("error").textValue());
    }
}
