package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fupin.testing.TestServer;

/**
 * Property: whatever bytes a client sends to {@code /api/search} and {@code /api/sections/{id}} (random Unicode, query
 * syntax fragments, invalid percent-encoding, raw control bytes, parameter and path abuse), the real server answers
 * 2xx or 4xx within {@link #MAX_MILLIS}, every 4xx with the JSON error body, never a stack trace, and stays healthy.
 * 100 tries of 100 requests each (10,000 requests), sent over raw sockets by 8 client threads.
 */
class HostileInputFuzzTest {

    static final long MAX_MILLIS = 2_000;
    private static final int BATCH = 100;
    private static final int CLIENTS = 8;

    static TestServer server;
    static ExecutorService clients;
    static final AtomicInteger SENT = new AtomicInteger();
    static final AtomicLong SLOWEST = new AtomicLong();
    static final int[] BY_STATUS = new int[600];
    static long startedNanos;

    @BeforeContainer
    static void start() throws Exception {
        server = TestServer.seeds();
        clients = Executors.newFixedThreadPool(CLIENTS);
        startedNanos = System.nanoTime();
    }

    @AfterContainer
    static void stop() throws Exception {
        StringBuilder statuses = new StringBuilder();
        synchronized (BY_STATUS) {
            for (int s = 0; s < BY_STATUS.length; s++) {
                if (BY_STATUS[s] > 0) {
                    statuses.append(' ').append(s).append('=').append(BY_STATUS[s]);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Fuzz: %d requests in %.1f s, slowest %d ms, statuses:%s%n",
                SENT.get(),
                (System.nanoTime() - startedNanos) / 1e9,
                SLOWEST.get(),
                statuses);
        clients.shutdownNow();
        server.close();
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void hostileRequestsGetA2xxOr4xxJsonAnswerQuickly(@ForAll("batches") List<Request> batch) throws Exception {
        List<Future<String>> outcomes = new ArrayList<>();
        for (Request r : batch) {
            outcomes.add(clients.submit(() -> check(r)));
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> f : outcomes) {
            String failure = f.get();
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures);

        RawHttp.Reply health = RawHttp.get(server.port(), "/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().path("status").asText());
    }

    /** Null when the answer is acceptable, else what was wrong. */
    private static String check(Request r) {
        RawHttp.Reply reply;
        try {
            reply = RawHttp.send(server.port(), r.method(), r.target(), "", new byte[0]);
        } catch (Exception e) {
            return r + ": no HTTP answer: " + e;
        }
        SENT.incrementAndGet();
        SLOWEST.accumulateAndGet(reply.millis(), Math::max);
        synchronized (BY_STATUS) {
            BY_STATUS[reply.status()]++;
        }
        String body = reply.body();
        if (reply.status() < 200 || reply.status() >= 500) {
            return r + ": status " + reply.status() + " " + body;
        }
        if (reply.millis() > MAX_MILLIS) {
            return r + ": took " + reply.millis() + " ms";
        }
        if (body.contains("Exception") || body.contains("at org.") || body.contains("at java.")) {
            return r + ": stack trace text in " + body;
        }
        if (reply.status() >= 400) {
            JsonNode json = reply.json();
            if (json == null
                    || json.path("error").path("status").asInt() != reply.status()
                    || json.path("error").path("message").asText().isBlank()) {
                return r + ": " + reply.status() + " without the JSON error body: " + body;
            }
        } else if (r.api() && reply.json() == null) {
            return r + ": 2xx API answer that is not JSON: " + body;
        }
        return null;
    }

    /** One request: method and target exactly as sent. */
    record Request(String method, byte[] target) {

        boolean api() {
            return new String(target, StandardCharsets.ISO_8859_1).startsWith("/api/");
        }

        @Override
        public String toString() {
            String t = new String(target, StandardCharsets.ISO_8859_1);
            StringBuilder printable = new StringBuilder(method).append(' ');
            for (char c : (t.length() > 300 ? t.substring(0, 300) + "…(" + t.length() + " bytes)" : t).toCharArray()) {
                printable.append(
                        c < 0x20 || (c >= 0x7f && c < 0x100)
                                ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                                : String.valueOf(c));
            }
            return printable.toString();
        }
    }

    @Provide
    Arbitrary<List<Request>> batches() {
        return request().list().ofSize(BATCH);
    }

    private Arbitrary<Request> request() {
        Arbitrary<String> method = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(20, "GET"),
                net.jqwik.api.Tuple.of(1, "POST"),
                net.jqwik.api.Tuple.of(1, "PUT"),
                net.jqwik.api.Tuple.of(1, "DELETE"),
                net.jqwik.api.Tuple.of(1, "OPTIONS"));
        Arbitrary<byte[]> target = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, searchTarget()),
                net.jqwik.api.Tuple.of(3, sectionTarget()),
                net.jqwik.api.Tuple.of(1, pathAbuse()));
        return Combinators.combine(method, target).as(Request::new);
    }

    private Arbitrary<byte[]> searchTarget() {
        return param().list().ofMinSize(0).ofMaxSize(6).map(ps -> bytes("/api/search?", join(ps, "&")));
    }

    private Arbitrary<byte[]> sectionTarget() {
        Arbitrary<byte[]> id = Arbitraries.oneOf(
                value(),
                Arbitraries.of(
                                "007dacfd0107814e",
                                "..%2F..%2Fetc%2Fpasswd",
                                "../../etc/passwd",
                                "%2e%2e",
                                "a%2Fb",
                                "a/b",
                                "",
                                "%00",
                                "x".repeat(5_000),
                                "x".repeat(20_000),
                                ";jsessionid=1",
                                "%252e%252e")
                        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1)));
        Arbitrary<byte[]> query = Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                value().map(v -> bytes("?q=", v)),
                param().list().ofMaxSize(3).map(ps -> bytes("?", join(ps, "&"))));
        return Combinators.combine(id, query).as((i, q) -> bytes("/api/sections/", i, q));
    }

    private Arbitrary<byte[]> pathAbuse() {
        return Arbitraries.of(
                        "/api/search/../stats",
                        "//api//search",
                        "/api/sections",
                        "/api/sections/",
                        "/api/%2e%2e/pom.xml",
                        "/../pom.xml",
                        "/%2e%2e/%2e%2e/etc/passwd",
                        "/web/../../etc/passwd",
                        "/api/search;a=b",
                        "/api/search%00",
                        "/api/search%2F",
                        "/api/sections/%2F%2F",
                        "*",
                        "http://evil.example/api/search",
                        "/api/search?q=%",
                        "/api/search?%=%",
                        "/api/search?&&&=&",
                        "/api/search?q=a#frag",
                        "/api/./search",
                        "/api/search/",
                        "/API/SEARCH",
                        "/api/search?q=a&q=b")
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Arbitrary<byte[]> param() {
        Arbitrary<byte[]> name = Arbitraries.oneOf(
                Arbitraries.of(
                                "q",
                                "q",
                                "q",
                                "province",
                                "year",
                                "program",
                                "page",
                                "size",
                                "sort",
                                "",
                                "colour",
                                "q[]",
                                "Q",
                                "page%00",
                                "%71")
                        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1)),
                value());
        return Arbitraries.oneOf(
                Combinators.combine(name, value()).as((n, v) -> bytes(n, "=", v)),
                name,
                Combinators.combine(name, value(), value()).as((n, a, b) -> bytes(n, "=", a, "=", b)));
    }

    private Arbitrary<byte[]> value() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, unicode().map(HostileInputFuzzTest::percentEncode)),
                net.jqwik.api.Tuple.of(5, syntax().map(HostileInputFuzzTest::percentEncode)),
                net.jqwik.api.Tuple.of(2, numbers().map(HostileInputFuzzTest::percentEncode)),
                net.jqwik.api.Tuple.of(2, badEncoding()),
                net.jqwik.api.Tuple.of(1, rawBytes()),
                net.jqwik.api.Tuple.of(1, huge()));
    }

    /** Random code points from scripts and classes that break naive text handling. */
    private Arbitrary<String> unicode() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x4e00, 0x9fff)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1f300, 0x1f6ff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x0590, 0x06ff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x0300, 0x036f)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x00, 0x1f)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                0x7f, 0x202e, 0x200b, 0xfeff, 0xfffd, 0xffff, 0x10ffff, 0x3000, 0xff08, 0xff1a,
                                0x201c)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.integers().between(0xa0, 0x10ffff).filter(c -> c < 0xd800 || c > 0xdfff)));
        return codePoint.list().ofMaxSize(40).map(cps -> {
            StringBuilder s = new StringBuilder();
            cps.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    /** Query-language fragments, balanced or not, including syntax the parser must treat as plain characters. */
    private Arbitrary<String> syntax() {
        Arbitrary<String> fragment = Arbitraries.of(
                "\"",
                "(",
                ")",
                "((",
                "))",
                "title:",
                "title:\"",
                "province:",
                "*",
                "?",
                "*loan",
                "?oan",
                "lo*n",
                "loan~",
                "loan~2",
                "loan^3",
                "^",
                "~",
                "/lo.*n/",
                "/",
                "[a TO z]",
                "{a TO z}",
                "AND",
                "OR",
                "NOT",
                "&&",
                "||",
                "!",
                "-",
                "+",
                "-\"",
                "\\",
                "\\\"",
                ":",
                "mutual",
                "funds",
                "扶贫",
                "雨露计划",
                "互助资金",
                "\"repayment rate\"",
                "-Guizhou",
                "OR OR",
                "a:b:c",
                "\u0000",
                "\u3000",
                "field:*",
                "title:(",
                "x".repeat(300),
                "loan".repeat(60));
        Arbitrary<String> clauses = Arbitraries.integers().between(2, 200).map(n -> "w OR ".repeat(n) + "w");
        return Arbitraries.oneOf(fragment.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l)), clauses);
    }

    private Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "-1",
                        "0",
                        "1",
                        "100",
                        "101",
                        "10000",
                        "99999999999999999999",
                        "2147483648",
                        "-2147483649",
                        "1e3",
                        "0x10",
                        "NaN",
                        " 5",
                        "+5",
                        "٥",
                        "١٢",
                        "1.5",
                        "2012-2010",
                        "0000-9999",
                        "2012-",
                        "-2012",
                        "2012-2012-2012",
                        "20 12",
                        "relevance",
                        "year_asc",
                        "YEAR",
                        "河北",
                        "Inner Mongolia",
                        "mutual-funds",
                        "Atlantis"),
                Arbitraries.integers().map(Object::toString));
    }

    /** Percent-escapes that decode to invalid UTF-8 (lone surrogates, overlongs, truncations) or are not escapes. */
    private Arbitrary<byte[]> badEncoding() {
        return Arbitraries.of(
                        "%ED%A0%80",
                        "%ED%B0%80",
                        "%ED%A0%80%ED%B0%80",
                        "%FF%FE",
                        "%C0%AF",
                        "%C0%80",
                        "%E4%B8",
                        "%F4%90%80%80",
                        "%80",
                        "%",
                        "%G1",
                        "%%",
                        "%00",
                        "%0A",
                        "%0D%0A",
                        "%2",
                        "a%ZZb",
                        "%u0041",
                        "%EF%BF%BF",
                        "%E2%80%AE")
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Bytes sent without escaping: controls, high bytes, raw UTF-8, characters a URL may not hold. */
    private Arbitrary<byte[]> rawBytes() {
        return Arbitraries.of(
                        (byte) 0x01,
                        (byte) 0x00,
                        (byte) 0x09,
                        (byte) 0x7f,
                        (byte) 0x80,
                        (byte) 0xff,
                        (byte) 0xed,
                        (byte) 0xa0,
                        (byte) 0xe4,
                        (byte) 0xb8,
                        (byte) 0xad,
                        (byte) ' ',
                        (byte) '"',
                        (byte) '<',
                        (byte) '>',
                        (byte) '\\',
                        (byte) '^',
                        (byte) '`',
                        (byte) '{',
                        (byte) '|',
                        (byte) '}',
                        (byte) 'a')
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(l -> {
                    byte[] b = new byte[l.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = l.get(i);
                    }
                    return b;
                });
    }

    /** Long terms and long values: just under and over the q limit, and over the 16 KiB URL limit. */
    private Arbitrary<byte[]> huge() {
        return Arbitraries.of(1_000, 1_001, 3_000, 17_000, 70_000)
                .map(n -> "a".repeat(n).getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] percentEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.') {
                out.write(c);
            } else {
                out.writeBytes(String.format(Locale.ROOT, "%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    private static byte[] join(List<byte[]> parts, String separator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(separator.getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : ((String) p).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }
}
