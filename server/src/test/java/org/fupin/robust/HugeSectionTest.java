package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fupin.fuzz.RawHttp;
import org.fupin.index.Schema;
import org.fupin.search.SearchLimits;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section just under the index's size limit is served whole: {@code text_html} marks the query's last match at the
 * very end of the text (it was cut at 1.1 MB), and four such requests at once all get their JSON.
 */
class HugeSectionTest {

    @TempDir
    Path dir;

    @Test
    void aSectionAtTheSizeLimitIsHighlightedWholeForConcurrentReaders() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String filler = "poverty alleviation work continued in the county. ";
        String body = "In 2012, " + filler.repeat((Schema.MAX_SECTION_CHARS - 2_000) / filler.length()) + "omega";
        Files.writeString(
                seeds.resolve("huge.txt"),
                "Poverty Alleviation and Development in Hunan Province\n" + "【Overview】 " + body
                        + "\n【Rain Plan】 In 2012, 6,000 people were trained.\n");
        try (TestServer server =
                TestServer.start(dir.resolve("index"), seeds, SearchLimits.defaults(), null, Duration.ofMinutes(1))) {
            String id = RawHttp.get(server.port(), "/api/search?q=omega")
                    .json()
                    .path("hits")
                    .path(0)
                    .path("id")
                    .asText();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> RawHttp.get(server.port(), "/api/sections/" + id + "?q=omega")));
            }
            for (Future<RawHttp.Reply> f : replies) {
                RawHttp.Reply reply = f.get();
                assertEquals(
                        200,
                        reply.status(),
                        () -> reply.body()
                                .substring(0, Math.min(300, reply.body().length())));
                JsonNode section = reply.json();
                assertEquals(body, section.path("text").asText());
                assertTrue(section.path("text_html").asText().endsWith("<mark>omega</mark>"), "text_html is whole");
            }
            pool.shutdown();
        }
    }
}
