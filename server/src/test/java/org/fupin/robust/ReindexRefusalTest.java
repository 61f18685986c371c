package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.fupin.fuzz.RawHttp;
import org.fupin.index.IndexBuilder;
import org.fupin.search.SearchLimits;
import org.fupin.server.Server;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin re-index that would destroy the served index is refused with a JSON 4xx that names the reason, and one that
 * fails on a full disk answers a JSON error naming the cause; either way the old index keeps serving and restarts.
 * When the operator does allow an empty index, it opens and serves (it used to stop {@code serve} from starting).
 */
class ReindexRefusalTest {

    private static final String TOKEN = "s3cret-token";
    private static final String AUTH = "Authorization: Bearer " + TOKEN + "\r\n";

    @TempDir
    Path dir;

    private Path seedsCopy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(SeedIndex.SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    /** Empties the folder's reports: one empty file, one holding only a chapter title. */
    private static void hollowOut(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(folder.resolve("a.txt"), "");
        Files.writeString(folder.resolve("b.txt"), "Poverty Alleviation and Development in Hunan Province\n");
    }

    private static RawHttp.Reply reindex(int port, String query) throws IOException {
        return RawHttp.send(
                port, "POST", ("/api/admin/reindex" + query).getBytes(StandardCharsets.US_ASCII), AUTH, new byte[0]);
    }

    private static long total(int port, String query) throws IOException {
        RawHttp.Reply reply = RawHttp.get(port, "/api/search?size=1" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().path("total").asLong();
    }

    private static String message(RawHttp.Reply reply) {
        JsonNode json = reply.json();
        return json == null
                ? "(not JSON) " + reply.body()
                : json.path("error").path("message").asText();
    }

    @Test
    void aReindexToNoSectionsIsA422AndTheIndexKeepsServingUntilTheShrinkIsAllowed() throws Exception {
        Path seeds = seedsCopy();
        Path index = SeedIndex.copyInto(dir);
        long before;
        try (TestServer server =
                TestServer.start(index, seeds, SearchLimits.defaults(), TOKEN, Duration.ofMinutes(1))) {
            before = total(server.port(), "");
            hollowOut(seeds);

            RawHttp.Reply refused = reindex(server.port(), "");
            RawHttp.Reply badFlag = reindex(server.port(), "?allow_shrink=maybe");
            RawHttp.Reply unknown = reindex(server.port(), "?force=true");

            assertEquals(422, refused.status(), refused.body());
            assertEquals(422, refused.json().path("error").path("status").asInt());
            assertTrue(
                    message(refused).contains("0 sections")
                            && message(refused).contains("holds " + before)
                            && message(refused).contains("allow_shrink=true"),
                    message(refused));
            assertEquals(400, badFlag.status(), badFlag.body());
            assertTrue(message(badFlag).contains("allow_shrink"), message(badFlag));
            assertEquals(400, unknown.status(), unknown.body());
            assertEquals(before, total(server.port(), ""));
        }
        try (TestServer restarted =
                TestServer.start(index, seeds, SearchLimits.defaults(), TOKEN, Duration.ofMinutes(1))) {
            assertEquals(before, total(restarted.port(), ""), "the kept index restarts");

            RawHttp.Reply allowed = reindex(restarted.port(), "?allow_shrink=true");

            assertEquals(200, allowed.status(), allowed.body());
            assertEquals(0, allowed.json().path("sections").asInt());
            assertServesAnEmptyIndex(restarted.port());
        }
        try (TestServer empty = TestServer.start(index, seeds, SearchLimits.defaults(), TOKEN, Duration.ofMinutes(1))) {
            assertServesAnEmptyIndex(empty.port());
        }
    }

    private static void assertServesAnEmptyIndex(int port) throws IOException {
        assertEquals(0, total(port, ""));
        assertEquals(0, total(port, "&q=poverty+alleviation"));
        assertEquals(0, total(port, "&q=%E6%89%B6%E8%B4%AB&province=Hebei&year=2012&program=relocation"));
        for (String target : new String[] {"/api/facets", "/api/stats", "/health", "/api/sections/0123456789abcdef"}) {
            RawHttp.Reply reply = RawHttp.get(port, target);
            assertTrue(
                    reply.status() == 200 || reply.status() == 404 && target.startsWith("/api/sections"),
                    target + " -> " + reply.status() + " " + reply.body());
        }
        assertEquals(0, RawHttp.get(port, "/health").json().path("sections").asInt());
    }

    @Test
    void aFullDiskDuringAReindexIsA507NamingTheCauseAndTheIndexKeepsServing() throws Exception {
        Path seeds = seedsCopy();
        Path index = SeedIndex.copyInto(dir);
        Server.Wiring fullDisk = new Server.Wiring(Duration.ofMinutes(1), (input, folder, shrink) -> {
            try (Directory full = new FullDisk(FSDirectory.open(folder))) {
                return IndexBuilder.build(input, full, shrink);
            }
        });
        try (TestServer server =
                TestServer.start(TestServer.config(index, seeds, SearchLimits.defaults(), TOKEN), fullDisk)) {
            long before = total(server.port(), "");

            RawHttp.Reply reply = reindex(server.port(), "");

            assertEquals(507, reply.status(), reply.body());
            assertTrue(
                    message(reply).contains("No space left on device")
                            && message(reply).contains("unchanged"),
                    message(reply));
            assertEquals(before, total(server.port(), ""));
        }
    }

    /** A real file-system directory on a disk that is already full: every new file fails as the JDK reports ENOSPC. */
    private static final class FullDisk extends FilterDirectory {

        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
