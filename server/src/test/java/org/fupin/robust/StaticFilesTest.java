package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fupin.fuzz.RawHttp;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page carries the CSP; static files come only from the packaged web folder, whatever the path says. */
class StaticFilesTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void thePageIsServedWithTheContentSecurityPolicy() throws Exception {
        RawHttp.Reply page = RawHttp.get(server.port(), "/");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("<html"), page.body());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(page.header("Content-Security-Policy").contains("object-src 'none'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
    }

    @Test
    void pathsThatClimbOutOfTheWebFolderNeverReturnFiles() throws Exception {
        for (String target : List.of(
                "/../pom.xml",
                "/%2e%2e/pom.xml",
                "/%2e%2e/",
                "/web/../../etc/passwd",
                "/..%2f..%2fetc%2fpasswd",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/....//....//etc/passwd",
                "/web/index.html",
                "/org/fupin/http/openapi.json",
                "/org/fupin/http/App.class",
                "/..\\pom.xml",
                "/%252e%252e/pom.xml",
                "/simplelogger.properties",
                "/META-INF/MANIFEST.MF",
                "/.%2e/pom.xml")) {
            RawHttp.Reply reply = RawHttp.get(server.port(), target);

            assertTrue(reply.status() == 400 || reply.status() == 404, target + " -> " + reply.status());
            assertEquals(
                    reply.status(), reply.json().path("error").path("status").asInt(), target);
            assertFalse(
                    reply.body().contains("root:")
                            || reply.body().contains("<project")
                            || reply.body().contains("org.slf4j"),
                    target + " leaked " + reply.body());
        }
    }
}
