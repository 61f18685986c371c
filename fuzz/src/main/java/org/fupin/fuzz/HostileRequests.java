package org.fupin.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of hostile requests, the kinds an outside attack sent: random Unicode (CJK, emoji, RTL,
 * combining marks, controls, non-characters), invalid UTF-8 as percent-escapes, raw control and high bytes, query
 * syntax fragments and long OR chains, huge values, unknown and repeated parameters, path traversal and encoded
 * slashes, malformed {@code Accept-Language} headers, line breaks in the request line, unknown HTTP versions, and
 * every method. Deterministic for a seed, so a failure can be replayed (the benchmark's {@code fuzz --seed N} and the
 * server's HostileInputFuzzTest send the same requests for the same seed).
 */
public final class HostileRequests {

    private static final List<String> METHODS = List.of(
            "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH",
            "TRACE");
    private static final List<String> NAMES = List.of(
            "q",
            "q",
            "q",
            "province",
            "year",
            "program",
            "page",
            "size",
            "sort",
            "lang",
            "",
            "colour",
            "q[]",
            "Q",
            "page%00",
            "%71",
            "allow_shrink");
    private static final List<String> FRAGMENTS = List.of(
            "\"",
            "(",
            ")",
            "((",
            "))",
            "^",
            "~",
            "/",
            "?oan",
            "loan~",
            "{a TO z}",
            "\\\"",
            "\u0000",
            "title:(",
            "title:",
            "title:\"",
            "province:",
            "*",
            "?",
            "*loan",
            "lo*n",
            "loan~2",
            "loan^3",
            "/lo.*n/",
            "[a TO z]",
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
            "\u3000",
            "field:*",
            "x".repeat(300),
            "loan".repeat(60),
            "relocation",
            "易地扶贫搬迁",
            "Rain Plan");
    private static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "1",
            "100",
            "101",
            "10000",
            "99999999999999999999",
            "2147483648",
            "-2147483649",
            "١٢",
            "2012-2012-2012",
            "20 12",
            "1e3",
            "0x10",
            "NaN",
            " 5",
            "+5",
            "٥",
            "1.5",
            "2012-2010",
            "0000-9999",
            "2012-",
            "-2012",
            "relevance",
            "year_asc",
            "YEAR",
            "河北",
            "Inner Mongolia",
            "mutual-funds",
            "Atlantis",
            "true",
            "false");
    private static final List<String> BAD_ESCAPES = List.of(
            "%ED%A0%80",
            "%ED%A0%80%ED%B0%80",
            "%ED%B0%80",
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
            "%E2%80%AE");
    private static final List<String> PATHS = List.of(
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
            "/api/search?q=a&q=b",
            "/",
            "/index.html",
            "/app.js",
            "/api/openapi.json",
            "/api/stats",
            "/api/facets",
            "/health",
            "/api/admin/reindex",
            "/favicon.ico",
            "/..%2f..%2fetc%2fpasswd");
    private static final List<String> IDS = List.of(
            "007dacfd0107814e",
            "..%2F..%2Fetc%2Fpasswd",
            "../../etc/passwd",
            "%2e%2e",
            "a%2Fb",
            "a/b",
            "",
            "%00",
            "x".repeat(5_000),
            ";jsessionid=1",
            "x".repeat(20_000),
            "%252e%252e",
            "0123456789abcdef");
    private static final List<String> ACCEPT_LANGUAGES = List.of(
            ";",
            ";;;",
            " ; ",
            "en;q=0.5,;",
            ",",
            "zh;q=",
            ";q=1",
            "=;=",
            "zh-CN,zh;q=0.9,en;q=0.8",
            "*",
            "en;q=NaN",
            "zh;q=-1",
            "zh;q=1e309",
            "\u00ff\u00fe",
            "x".repeat(5_000));
    private static final List<String> VERSIONS =
            List.of("HTTP/1.7", "HTTP/2.0", "HTTP/0.9", "HTTP/1.0", "HTTP/1", "HTTP/1.1 x", "http/1.1", "FOO");
    private static final List<String> ROUTES =
            List.of("/api/facets", "/api/stats", "/health", "/api/openapi.json", "/api/admin/reindex");

    private final SplittableRandom random;

    /** A generator that yields the same requests for the same seed. */
    public HostileRequests(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next request. */
    public synchronized HostileRequest next() {
        String method = pick(METHODS);
        String version = "HTTP/1.1";
        String headers = random.nextInt(5) == 0 ? "Accept-Language: " + pick(ACCEPT_LANGUAGES) + "\r\n" : "";
        byte[] target = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> bytes("/api/search?", params(random.nextInt(7)));
            case 4, 5 ->
                bytes(
                        "/api/sections/",
                        idPart(),
                        random.nextBoolean() ? bytes("?q=", value()) : bytes("?", params(random.nextInt(3))));
            case 6 -> ascii(pick(PATHS));
            case 7 -> bytes(pick(ROUTES), random.nextBoolean() ? bytes("?", params(random.nextInt(3))) : new byte[0]);
            case 8 -> {
                // A line break inside the request line, or a protocol version that does not exist.
                if (random.nextBoolean()) {
                    yield bytes(
                            "/api/search?q=",
                            value(),
                            pick(List.of("\n", "\r\n", "\r", "\nX: y", "\r\nHost: x")),
                            value());
                }
                version = pick(VERSIONS);
                yield bytes("/api/search?q=", value());
            }
            default -> bytes("/api/search?q=", value(), "&", params(random.nextInt(3)));
        };
        return new HostileRequest(method, target, version, headers);
    }

    private byte[] idPart() {
        return random.nextInt(3) == 0 ? value() : ascii(pick(IDS));
    }

    private byte[] params(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.writeBytes(ascii("&"));
            }
            byte[] name = random.nextInt(4) == 0 ? value() : ascii(pick(NAMES));
            switch (random.nextInt(3)) {
                case 0 -> out.writeBytes(name);
                case 1 -> out.writeBytes(bytes(name, "=", value()));
                default -> out.writeBytes(bytes(name, "=", value(), "=", value()));
            }
        }
        return out.toByteArray();
    }

    /** One parameter value: percent-encoded text of some kind, a bad escape, raw bytes or something huge. */
    private byte[] value() {
        int kind = random.nextInt(16);
        if (kind < 5) {
            return percentEncode(unicode());
        }
        if (kind < 10) {
            return percentEncode(syntax());
        }
        if (kind < 12) {
            return percentEncode(random.nextInt(4) == 0 ? Integer.toString(random.nextInt()) : pick(NUMBERS));
        }
        if (kind < 14) {
            return ascii(pick(BAD_ESCAPES));
        }
        if (kind < 15) {
            return rawBytes();
        }
        return ascii("a".repeat(pick(List.of(1_000, 1_001, 3_000, 17_000, 70_000))));
    }

    private String unicode() {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(41);
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(15)) {
                case 0, 1, 2, 3 -> random.nextInt(0x20, 0x7f);
                case 4, 5, 6, 7 -> random.nextInt(0x4e00, 0xa000);
                case 8, 9 -> random.nextInt(0x1f300, 0x1f700);
                case 10 -> random.nextInt(0x0590, 0x0700);
                case 11 -> random.nextInt(0x0300, 0x0370);
                case 12 -> random.nextInt(0x00, 0x20);
                case 13 -> anyScalarAbove0x9f();
                default ->
                    pick(List.of(
                            0x7f, 0x202e, 0x200b, 0xfeff, 0xfffd, 0xffff, 0x10ffff, 0x3000, 0xff08, 0xff1a, 0x201c));
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    /** Any code point from U+00A0 up that is not a surrogate (those cannot be encoded as UTF-8). */
    private int anyScalarAbove0x9f() {
        int cp = random.nextInt(0xa0, 0x110000);
        return cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
    }

    private String syntax() {
        if (random.nextInt(8) == 0) {
            return "w OR ".repeat(random.nextInt(2, 201)) + "w";
        }
        StringBuilder s = new StringBuilder();
        int count = random.nextInt(1, 13);
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(pick(FRAGMENTS));
        }
        return s.toString();
    }

    private byte[] rawBytes() {
        byte[] pool = {
            0x01,
            0x00,
            0x09,
            0x7f,
            (byte) 0x80,
            (byte) 0xff,
            (byte) 0xed,
            (byte) 0xa0,
            (byte) 0xe4,
            (byte) 0xb8,
            (byte) 0xad,
            ' ',
            '"',
            '<',
            '>',
            '\\',
            '^',
            '`',
            '{',
            '|',
            '}',
            'a'
        };
        byte[] out = new byte[random.nextInt(1, 9)];
        for (int i = 0; i < out.length; i++) {
            out[i] = pool[random.nextInt(pool.length)];
        }
        return out;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code s} as UTF-8, every byte but letters, digits and {@code -_.} percent-encoded. */
    public static byte[] percentEncode(String s) {
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

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : ascii((String) p));
        }
        return out.toByteArray();
    }
}
