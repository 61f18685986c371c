package org.fupin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fupin.query.QueryParser;
import org.fupin.query.bilingual.Glossary;
import org.fupin.query.bilingual.QueryAnalyzers;
import org.fupin.search.SearchLimits;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;

/**
 * Property: every query inside the documented limits (1,000 characters, 64 words and phrases) built from glossary
 * terms in both languages, synonyms and seed words, plain, quoted, OR-ed or excluded, gets a 200, or a 400 that says
 * which limit to respect; never a 5xx. Each concept carries its translations and synonyms, so long queries of glossary
 * terms once exceeded Lucene's clause limit (a 500). The search timeout is raised so that a busy machine cannot turn a
 * slow answer into a 503: what is tested is the query, not the machine.
 */
class InLimitQueryPropertyTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]{2,}");
    private static TestServer server;
    private static List<String> pool;
    private static List<String> chineseTerms;

    @BeforeContainer
    static void start() throws Exception {
        SearchLimits d = SearchLimits.defaults();
        server = TestServer.seeds(new SearchLimits(
                d.maxQueryChars(),
                d.maxTerms(),
                d.maxPageSize(),
                d.maxResultWindow(),
                Duration.ofSeconds(60),
                d.maxConcurrentSearches(),
                Duration.ofSeconds(60)));
        pool = pool();
        chineseTerms = pool.stream()
                .filter(t -> t.codePoints().anyMatch(Character::isIdeographic))
                .toList();
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void inLimitQueriesNeverFailOnTheServer(@ForAll("queries") String q) throws Exception {
        TestServer.Reply reply = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));

        assertTrue(reply.status() == 200 || reply.status() == 400, reply.status() + " for " + q + ": " + reply.body());
        if (reply.status() == 400) {
            assertTrue(reply.json().path("error").path("message").asText().contains("the limit is"), reply.body());
        } else {
            assertEquals(q, reply.json().path("query").path("q").asText());
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> item = Arbitraries.of(pool);
        Arbitrary<String> decorated = Arbitraries.oneOf(
                item,
                item.map(t -> '"' + t + '"'),
                item.map(t -> "-" + t),
                Arbitraries.strings()
                        .withChars('x')
                        .ofLength(0)
                        .flatMap(x -> item.list().ofSize(2).map(two -> two.get(0) + " OR " + two.get(1))));
        Arbitrary<String> mixed =
                decorated.list().ofMinSize(1).ofMaxSize(80).map(InLimitQueryPropertyTest::withinLimits);
        // The heaviest in-limit queries: up to 64 Chinese glossary terms, each with several English targets.
        Arbitrary<String> chinese = Arbitraries.of(chineseTerms)
                .list()
                .ofMinSize(30)
                .ofMaxSize(64)
                .map(InLimitQueryPropertyTest::withinLimits);
        return Arbitraries.oneOf(mixed, chinese);
    }

    /** The longest prefix of the items that stays within 1,000 characters and 64 words and phrases. */
    private static String withinLimits(List<String> items) {
        QueryParser parser = new QueryParser();
        StringBuilder q = new StringBuilder(items.get(0));
        for (String item : items.subList(1, items.size())) {
            String longer = q + " " + item;
            if (longer.length() > 1_000 || parser.parse(longer).termCount() > 64) {
                break;
            }
            q.setLength(0);
            q.append(longer);
        }
        return q.toString();
    }

    /** Glossary sources and targets, synonym phrases and words of the seed reports. */
    private static List<String> pool() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : resource(Glossary.BUNDLED_RESOURCE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            out.add(parts[0]);
            if (parts.length > 1) {
                out.addAll(List.of(parts[1].split("\\|")));
            }
        }
        for (String line : resource(QueryAnalyzers.SYNONYMS_RESOURCE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Stream.of(line.split(",")).map(String::strip).forEach(out::add);
            }
        }
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedIndex.SEEDS)) {
            for (Path file : files.toList()) {
                WORD.matcher(Files.readString(file)).results().limit(400).forEach(m -> words.add(m.group()));
            }
        }
        out.addAll(words);
        return List.copyOf(out);
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = InLimitQueryPropertyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
