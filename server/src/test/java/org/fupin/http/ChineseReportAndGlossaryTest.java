package org.fupin.http;

import static org.fupin.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fupin.search.SearchLimits;
import org.fupin.server.Main;
import org.fupin.server.ServerConfig;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Chinese report beside the English seeds, and the user glossary given to {@code serve}. */
class ChineseReportAndGlossaryTest {

    @TempDir
    Path dir;

    private static JsonNode zhRelocation(JsonNode response) {
        for (JsonNode hit : response.path("hits")) {
            if (hit.path("lang").asText().equals("zh")
                    && hit.path("title").asText().equals("易地扶贫搬迁")) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void chineseReportIsFoundByChineseAndByEnglishQueries() throws Exception {
        try (TestServer server = TestServer.over(SeedIndex.withChineseReport())) {

            // Four Chinese sections beside 450 English ones give the Chinese fields tiny statistics (low idf), so
            // the Chinese section is looked for among all hits, not on top.
            JsonNode zh = server.get("/api/search?size=100&q=" + enc("易地扶贫搬迁")).json();
            JsonNode en = server.get("/api/search?size=100&q=relocation").json();
            JsonNode mixed = server.get("/api/search?size=100&q=" + enc("Guizhou 易地扶贫搬迁"))
                    .json();

            JsonNode zhHit = zhRelocation(zh);
            assertTrue(zhHit != null, zh.toString());
            assertTrue(zhHit.path("title_html").asText().contains("<mark>"), zhHit.toString());
            assertTrue(zhRelocation(en) != null, "relocation finds the Chinese section through the reverse glossary");
            assertTrue(zhRelocation(mixed) != null, mixed.toString());
        }
    }

    @Test
    void serveLoadsTheUserGlossaryGivenWithTheFlag() throws Exception {
        Path glossary = Files.writeString(
                dir.resolve("my-glossary.tsv"), "# test\n量子计算\tquantum computing\n", StandardCharsets.UTF_8);
        ServerConfig config = ServerConfig.from(
                new String[] {
                    "--port",
                    "0",
                    "--host",
                    "127.0.0.1",
                    "--index",
                    SeedIndex.path().toString(),
                    "--seeds",
                    SeedIndex.SEEDS.toString(),
                    "--glossary",
                    glossary.toString()
                },
                Map.of());
        try (TestServer server = TestServer.start(config)) {
            JsonNode query = server.ok("/api/search?q=" + enc("量子计算")).path("query");

            assertEquals("量子计算 → \"quantum computing\"", query.path("parsed").asText());
            assertEquals(
                    "[{\"from\":\"量子计算\",\"to\":[\"quantum computing\"]}]",
                    query.path("translated").toString());
        }
    }

    @Test
    void glossaryComesFromTheEnvironmentWhenNoFlagIsGiven() {
        ServerConfig env = ServerConfig.from(new String[0], Map.of("FUPIN_GLOSSARY", "/tmp/g.tsv"));
        ServerConfig flag =
                ServerConfig.from(new String[] {"--glossary", "/tmp/f.tsv"}, Map.of("FUPIN_GLOSSARY", "/tmp/g.tsv"));
        ServerConfig none = ServerConfig.from(new String[0], Map.of());

        assertEquals(Path.of("/tmp/g.tsv"), env.glossary());
        assertEquals(Path.of("/tmp/f.tsv"), flag.glossary());
        assertEquals(null, none.glossary());
        assertEquals(SearchLimits.defaults(), none.limits());
    }

    @Test
    void aMalformedGlossaryMakesServeFailFastWithFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "量子计算\tquantum computing\n量子通信\n", StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--index",
                        dir.resolve("index").toString(),
                        "--glossary",
                        bad.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();

        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.contains("error: " + bad + ":2: "), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("index")), "fails before building an index");
    }
}
