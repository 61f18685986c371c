package org.fupin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.fupin.server.Main;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * One version everywhere: {@code /api/stats}, the OpenAPI document's {@code info.version} and {@link Main#version()}
 * all say the project version of the pom (the build filters it into both resources).
 */
class VersionTest {

    @Test
    void statsAndTheOpenApiDocumentSayTheProjectVersion() throws Exception {
        String project = System.getProperty("fupin.projectVersion");
        assertNotNull(project, "surefire passes the pom's version as fupin.projectVersion");

        try (TestServer server = TestServer.seeds()) {
            String stats = server.ok("/api/stats").path("version").asText();
            String openApi =
                    server.ok("/api/openapi.json").path("info").path("version").asText();

            assertEquals(project, stats);
            assertEquals(project, openApi);
            assertEquals(project, Main.version());
        }
    }
}
