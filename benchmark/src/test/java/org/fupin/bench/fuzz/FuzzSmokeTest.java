package org.fupin.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fupin.fuzz.HostileRequest;
import org.fupin.fuzz.HostileRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz command end to end with a small count: the real server jar as a child process over the seeds, 1,500
 * hostile requests from 4 threads. Every answer is a documented status with the JSON error body, none is a 5xx other
 * than the documented 503/505, and the server stays healthy. (docs/operations.md has the 100,000-request run.)
 */
class FuzzSmokeTest {

    private static final Path SEEDS = Path.of(System.getProperty("fupin.seeds", "../seeds"));
    private static final Path SERVER_JAR =
            Path.of(System.getProperty("fupin.serverJar", "../server/target/fupin-server.jar"));

    @Test
    void hostileRequestsGetOnlyDocumentedJsonAnswers(@TempDir Path work) throws Exception {
        Fuzz.Result result = Fuzz.run(new Fuzz.Config(
                SERVER_JAR,
                work.resolve("index"),
                SEEDS,
                1_500,
                4,
                7,
                List.of("-Xmx256m"),
                work.resolve("server.log")));
        String table = Fuzz.table(result);
        System.out.print(table);

        assertEquals(
                1_500,
                result.byStatus().values().stream().mapToLong(Long::longValue).sum(),
                table);
        assertEquals(0, result.failures(), table);
        assertEquals(2, result.healthChecks(), table);
        assertTrue(result.byStatus().containsKey(200) && result.byStatus().containsKey(400), table);
    }

    @Test
    void theSameSeedSendsTheSameRequests() {
        HostileRequests a = new HostileRequests(11);
        HostileRequests b = new HostileRequests(11);
        for (int i = 0; i < 200; i++) {
            HostileRequest x = a.next();
            HostileRequest y = b.next();
            assertEquals(x.describe(), y.describe());
            assertArrayEquals(x.bytes(), y.bytes());
        }
    }
}
