package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fupin.fuzz.RawHttp;
import org.fupin.search.SearchLimits;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expensive query syntax is inert, every stated limit answers with a JSON error naming it, overload is a 503. */
class LimitsTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static RawHttp.Reply search(String q) throws Exception {
        return RawHttp.get(server.port(), "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static long total(String q) throws Exception {
        RawHttp.Reply reply = search(q);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().path("total").asLong();
    }

    private static void assertJsonError(RawHttp.Reply reply, int status, String messagePart) {
        assertEquals(status, reply.status(), reply.body());
        JsonNode error = reply.json().path("error");
        assertEquals(status, error.path("status").asInt(), reply.body());
        assertTrue(error.path("message").asText().contains(messagePart), reply.body());
    }

    @Test
    void wildcardFuzzyAndRegexSyntaxArePlainCharactersNotExpensiveQueries() throws Exception {
        assertEquals(40, total("mutual"));

        // A prefix, wildcard, fuzzy or regex query would find "mutual"; as plain characters "mutu" finds nothing.
        assertEquals(0, total("mutu*"));
        assertEquals(0, total("*utual"));
        assertEquals(0, total("mu?ual"));
        assertEquals(0, total("mutul~2"));
        assertEquals(0, total("/mutu.*/"));
        assertTrue(total("*mutual*") <= total("mutual"));
        assertTrue(total("mutual^10") <= total("mutual"));
    }

    @Test
    void tooManyWordsIsA400NamingTheLimit() throws Exception {
        assertJsonError(search("a OR ".repeat(100) + "a"), 400, "the limit is 64");
        assertEquals(200, search("w ".repeat(64).strip()).status());
    }

    @Test
    void aQueryOverAThousandCharactersIsA400EvenInFourByteCharacters() throws Exception {
        assertJsonError(search("x".repeat(1_001)), 400, "the limit is 1000 characters");
        // 1,000 emoji are 2,000 UTF-16 characters and a 12 KB URL: still the app's JSON 400, not Jetty's 414.
        assertJsonError(search("\uD83D\uDE00".repeat(1_000)), 400, "the limit is 1000 characters");
        assertEquals(200, search("扶贫".repeat(500)).status());
    }

    @Test
    void pagingBeyondTheResultWindowIsA400() throws Exception {
        assertJsonError(RawHttp.get(server.port(), "/api/search?page=101&size=100"), 400, "page * size <= 10000");
    }

    @Test
    void aUrlOverSixteenKibIsAJson414AndHugeHeadersAJson431() throws Exception {
        RawHttp.Reply longUrl = RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(17 * 1024));
        RawHttp.Reply bigHeader = RawHttp.send(
                server.port(),
                "GET",
                "/api/search".getBytes(StandardCharsets.US_ASCII),
                "X-Big: " + "b".repeat(17 * 1024) + "\r\n",
                new byte[0]);

        assertJsonError(longUrl, 414, "at most 16 KiB");
        assertJsonError(bigHeader, 431, "at most 16 KiB");
        assertEquals(200, RawHttp.get(server.port(), "/health").status());
    }

    @Test
    void aRequestBodyOverSixteenKibIsA413() throws Exception {
        byte[] body = new byte[16 * 1024 + 1];

        RawHttp.Reply post = RawHttp.send(
                server.port(),
                "POST",
                "/api/admin/reindex".getBytes(StandardCharsets.US_ASCII),
                "Content-Type: application/json\r\n",
                body);
        RawHttp.Reply get =
                RawHttp.send(server.port(), "GET", "/api/search".getBytes(StandardCharsets.US_ASCII), "", body);

        assertJsonError(post, 413, "at most 16 KiB");
        assertJsonError(get, 413, "at most 16 KiB");
    }

    @Test
    void aSearchOverItsTimeLimitIsA503WithRetryAfter() throws Exception {
        SearchLimits tight = new SearchLimits(1_000, 64, 100, 10_000, Duration.ofNanos(1), 8, Duration.ZERO);
        try (TestServer slow = TestServer.seeds(tight)) {
            RawHttp.Reply reply = RawHttp.get(slow.port(), "/api/search?q=poverty+alleviation");

            assertJsonError(reply, 503, "took longer than 0 ms and was stopped");
            assertEquals("1", reply.header("Retry-After"));
        }
    }

    @Test
    void excessConcurrentSearchesGet503WithRetryAfterAndTheServerStaysUp() throws Exception {
        SearchLimits onePermit =
                new SearchLimits(1_000, 64, 100, 10_000, Duration.ofSeconds(10), 1, Duration.ofMillis(20));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try (TestServer narrow = TestServer.seeds(onePermit)) {
            // Big pages with many words: each takes tens of milliseconds to score and highlight. Each asks for
            // another page, so that the result cache cannot answer the repeats without a slot.
            String slow = "/api/search?size=100&q="
                    + URLEncoder.encode(
                            "poverty alleviation rural households villages funds development county project",
                            StandardCharsets.UTF_8);
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String page = slow + "&page=" + (i + 1);
                replies.add(pool.submit(() -> RawHttp.get(narrow.port(), page)));
            }
            int ok = 0;
            int busy = 0;
            for (Future<RawHttp.Reply> f : replies) {
                RawHttp.Reply reply = f.get();
                if (reply.status() == 503) {
                    assertJsonError(reply, 503, "searches at once, its limit");
                    assertEquals("1", reply.header("Retry-After"));
                    busy++;
                } else {
                    assertEquals(200, reply.status(), reply.body());
                    ok++;
                }
            }
            System.out.printf(
                    Locale.ROOT, "Overload with 1 permit, 20 ms queue: %d answered, %d refused with 503%n", ok, busy);

            assertTrue(ok >= 1 && busy >= 1, ok + " ok, " + busy + " busy");
            assertEquals(200, RawHttp.get(narrow.port(), "/health").status());
        } finally {
            pool.shutdownNow();
        }
    }
}
