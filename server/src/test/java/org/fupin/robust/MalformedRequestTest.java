package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fupin.fuzz.RawHttp;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests an outside attack found answered with a 500, a 505 or a silent acceptance: malformed
 * {@code Accept-Language} headers, parameters that {@code /api/search} refuses but other endpoints took, and a line
 * break inside the request line. Each now gets its JSON 2xx or 4xx.
 */
class MalformedRequestTest {

    static TestServer server;
    static String sectionId;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
        sectionId = RawHttp.get(server.port(), "/api/search?q=mutual+funds&size=1")
                .json()
                .path("hits")
                .path(0)
                .path("id")
                .asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static RawHttp.Reply get(String target, String headers) throws Exception {
        return RawHttp.send(server.port(), "GET", target.getBytes(StandardCharsets.ISO_8859_1), headers, new byte[0]);
    }

    private static void assertJsonError(RawHttp.Reply reply, int status, String messagePart) {
        assertEquals(
                status,
                reply.status(),
                reply.body().substring(0, Math.min(300, reply.body().length())));
        JsonNode json = reply.json();
        assertNotNull(json, "JSON body: " + reply.body());
        assertEquals(status, json.path("error").path("status").asInt(), reply.body());
        assertTrue(json.path("error").path("message").asText().contains(messagePart), reply.body());
    }

    @Test
    void malformedAcceptLanguageHeadersAreIgnored() throws Exception {
        for (String header : List.of(";", ";;;", " ; ", "en;q=0.5,;", ",", "zh;q=", ";q=1", "=;=")) {
            for (String target : List.of("/api/search?q=rain+plan&size=1", "/api/facets")) {
                RawHttp.Reply reply = get(target, "Accept-Language: " + header + "\r\n");
                assertEquals(
                        200, reply.status(), "Accept-Language '" + header + "' on " + target + ": " + reply.body());
            }
        }
        // The well-formed part of a partly malformed header still counts.
        JsonNode zh = get("/api/facets", "Accept-Language: ;,zh-CN;q=0.9,;\r\n").json();
        assertEquals("江西", zh.path("province").path(0).path("label").asText());
    }

    @Test
    void aSectionRefusesWhatTheSearchRefuses() throws Exception {
        String words = URLEncoder.encode("word ".repeat(65).strip(), StandardCharsets.UTF_8);

        assertJsonError(get("/api/sections/" + sectionId + "?q=" + words, ""), 400, "the limit is 64");
        assertJsonError(get("/api/search?q=" + words, ""), 400, "the limit is 64");
        assertJsonError(get("/api/sections/" + sectionId + "?q=a&colour=red", ""), 400, "allowed: q");
        assertJsonError(get("/api/sections/" + sectionId + "?q=a&q=b", ""), 400, "q may be given once");
        assertJsonError(
                get("/api/sections/" + sectionId + "?q=" + "x".repeat(1_001), ""), 400, "the limit is 1000 characters");
        assertEquals(
                200,
                get(
                                "/api/sections/" + sectionId + "?q="
                                        + URLEncoder.encode("word ".repeat(64).strip(), StandardCharsets.UTF_8),
                                "")
                        .status());
        assertEquals(200, get("/api/sections/" + sectionId + "?q=", "").status());
    }

    @Test
    void everyEndpointRefusesUnknownParameters() throws Exception {
        assertJsonError(get("/api/facets?colour=red", ""), 400, "allowed: lang");
        assertJsonError(get("/api/stats?colour=red", ""), 400, "takes no parameters");
        assertJsonError(get("/health?colour=red", ""), 400, "takes no parameters");
        assertJsonError(get("/api/openapi.json?colour=red", ""), 400, "takes no parameters");
        assertEquals(200, get("/api/facets?lang=zh", "").status());
    }

    @Test
    void aLineBreakInTheRequestLineIsAJson400() throws Exception {
        for (String target : List.of("/api/search?q=a\nb", "/api/search\n", "/api/search?q=a\r\nX: y", "/health\rx")) {
            RawHttp.Reply reply = get(target, "");
            assertJsonError(reply, 400, "");
        }
        // An HTTP version that does not exist stays a 505, in JSON.
        RawHttp.Reply version = RawHttp.send(
                server.port(), "GET", "/health HTTP/1.7\r\nX:".getBytes(StandardCharsets.ISO_8859_1), "", new byte[0]);
        assertEquals(505, version.status(), version.body());
        assertTrue(version.isJsonError(), version.body());
    }
}
