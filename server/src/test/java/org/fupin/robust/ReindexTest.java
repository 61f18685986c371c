package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fupin.fuzz.RawHttp;
import org.fupin.index.IndexBuilder;
import org.fupin.search.SearchLimits;
import org.fupin.testing.SeedIndex;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/admin/reindex} rebuilds the served index while searches go on: searchers see the complete old or
 * the complete new index, never an error or an empty one; a second re-index meanwhile is a 409; the token is required.
 * A rebuild by another writer (the CLI) is picked up by the periodic refresh.
 */
class ReindexTest {

    private static final String TOKEN = "s3cret-token";
    private static final String EXTRA = "005_extra_copy.txt";

    @TempDir
    Path dir;

    /** A seeds folder holding the seed reports; with {@code extra}, plus a copy of the first one under a new name. */
    private Path seeds(Path folder, boolean extra) throws Exception {
        Files.createDirectories(folder);
        try (var files = Files.list(SeedIndex.SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        setExtra(folder, extra);
        return folder;
    }

    private static void setExtra(Path folder, boolean extra) throws Exception {
        if (extra) {
            Files.copy(
                    SeedIndex.SEEDS.resolve("000_b3d14455ec84c97b.txt"),
                    folder.resolve(EXTRA),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(folder.resolve(EXTRA));
        }
    }

    private static RawHttp.Reply reindex(int port, String authorization) throws Exception {
        return RawHttp.send(
                port,
                "POST",
                "/api/admin/reindex".getBytes(StandardCharsets.US_ASCII),
                authorization == null ? "" : "Authorization: " + authorization + "\r\n",
                new byte[0]);
    }

    private static long total(int port) throws Exception {
        return RawHttp.get(port, "/api/search?size=1").json().path("total").asLong();
    }

    @Test
    void withoutATokenTheAdminApiIsDisabledAndOtherwiseNeedsTheRightBearerToken() throws Exception {
        Path index = SeedIndex.copyInto(dir);
        try (TestServer closed =
                TestServer.start(index, SeedIndex.SEEDS, SearchLimits.defaults(), null, Duration.ofMinutes(1))) {
            RawHttp.Reply disabled = reindex(closed.port(), "Bearer " + TOKEN);
            assertEquals(404, disabled.status());
            assertTrue(disabled.json().path("error").path("message").asText().contains("admin API is disabled"));
        }
        try (TestServer open =
                TestServer.start(index, SeedIndex.SEEDS, SearchLimits.defaults(), TOKEN, Duration.ofMinutes(1))) {
            RawHttp.Reply missing = reindex(open.port(), null);
            RawHttp.Reply wrong = reindex(open.port(), "Bearer " + TOKEN + "x");
            RawHttp.Reply basic = reindex(open.port(), "Basic " + TOKEN);

            assertEquals(401, missing.status());
            assertEquals("Bearer", missing.header("WWW-Authenticate"));
            assertEquals(401, missing.json().path("error").path("status").asInt());
            assertEquals(403, wrong.status());
            assertEquals(403, wrong.json().path("error").path("status").asInt());
            assertEquals(401, basic.status());
        }
    }

    @Test
    void searchesDuringRepeatedRebuildsSeeOnlyTheCompleteOldOrNewIndex() throws Exception {
        Path served = seeds(dir.resolve("served-seeds"), false);
        long totalB = IndexBuilder.build(seeds(dir.resolve("with-extra"), true), dir.resolve("scratch"))
                .sections();
        // The served index starts as the seeds' (what `served` holds now), copied rather than built again.
        try (TestServer server = TestServer.start(
                SeedIndex.copyInto(dir), served, SearchLimits.defaults(), TOKEN, Duration.ofMinutes(1))) {
            long totalA = total(server.port());
            assertNotEquals(totalA, totalB);
            Set<Long> allowed = Set.of(totalA, totalB);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            List<String> bad = Collections.synchronizedList(new ArrayList<>());
            TreeMap<Long, Integer> seen = new TreeMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> searchers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String target = t % 2 == 0 ? "/api/search?size=1" : "/api/search?size=1&year=2011-2012";
                searchers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        RawHttp.Reply r = RawHttp.get(server.port(), target);
                        long total = r.status() == 200 ? r.json().path("total").asLong() : -1;
                        searches.incrementAndGet();
                        synchronized (seen) {
                            seen.merge(total, 1, Integer::sum);
                        }
                        if (!allowed.contains(total) && bad.size() < 5) {
                            bad.add(target + " -> " + r.status() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }

            List<String> rebuilds = new ArrayList<>();
            boolean extra = false;
            for (int round = 1; round <= 3; round++) {
                extra = !extra;
                setExtra(served, extra);
                Future<RawHttp.Reply> first = pool.submit(() -> reindex(server.port(), "Bearer " + TOKEN));
                Thread.sleep(300);
                RawHttp.Reply second = reindex(server.port(), "Bearer " + TOKEN);
                RawHttp.Reply done = first.get();

                assertEquals(200, done.status(), done.body());
                assertEquals(
                        extra ? totalB : totalA, done.json().path("sections").asLong());
                assertEquals(409, second.status(), "a second re-index while one runs: " + second.body());
                assertEquals(extra ? totalB : totalA, total(server.port()));
                rebuilds.add("round " + round + ": " + done.body() + " (concurrent second: " + second.status() + ")");
            }
            stop.set(true);
            for (Future<?> f : searchers) {
                f.get();
            }
            pool.shutdown();
            System.out.println(
                    "Reindex while serving: " + rebuilds + "; " + searches.get() + " searches saw totals " + seen);

            assertEquals(List.of(), bad);
            assertEquals(2, seen.size(), "both the old and the new total were seen: " + seen);
        }
    }

    @Test
    void aRebuildByAnotherWriterIsPickedUpByThePeriodicRefresh() throws Exception {
        Path index = SeedIndex.copyInto(dir);
        try (TestServer server =
                TestServer.start(index, SeedIndex.SEEDS, SearchLimits.defaults(), null, Duration.ofMillis(200))) {
            long before = total(server.port());

            // What `java -jar fupin-server.jar index --index <served folder>` does from another process.
            long after = IndexBuilder.build(seeds(dir.resolve("with-extra"), true), index)
                    .sections();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long seen = total(server.port());
            while (seen != after && System.nanoTime() < deadline) {
                Thread.sleep(50);
                seen = total(server.port());
            }

            assertNotEquals(before, after);
            assertEquals(after, seen);
            assertEquals(
                    after,
                    RawHttp.get(server.port(), "/health")
                            .json()
                            .path("sections")
                            .asLong());
            long facetTotal = 0;
            for (var v : RawHttp.get(server.port(), "/api/facets").json().path("year")) {
                facetTotal += v.path("count").asLong();
            }
            assertEquals(after, facetTotal, "facet counts come from the new commit");
        }
    }
}
