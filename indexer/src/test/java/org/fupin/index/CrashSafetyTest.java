package org.fupin.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real indexer process with SIGKILL at several points of a rebuild and checks that the previously built
 * index still opens, passes CheckIndex and answers, and that the next build succeeds.
 */
class CrashSafetyTest {

    private static final int COPIES = 12;

    @TempDir
    Path temp;

    @Test
    void killingTheIndexerMidBuildLeavesThePreviousIndexIntact() throws Exception {
        Path index = temp.resolve("index");
        IndexBuilder.build(SeedCorpus.folder(), index);
        int before = numDocs(index);
        Path big = biggerCorpus();

        List<String> outcomes = new ArrayList<>();
        for (long delayMillis : new long[] {50, 400, 1200, 2500}) {
            Process indexer = startIndexer(big, index);
            awaitStartLine(indexer);
            Thread.sleep(delayMillis);
            boolean finishedFirst = !indexer.isAlive();
            indexer.destroyForcibly();
            indexer.waitFor(30, TimeUnit.SECONDS);

            int after = numDocs(index);
            assertTrue(
                    after == before || after == before * (COPIES + 1),
                    "index after a kill at " + delayMillis + " ms holds " + after + " sections: neither old nor new");
            assertTrue(checkIndexClean(index), "CheckIndex failed after a kill at " + delayMillis + " ms");
            outcomes.add(delayMillis + " ms: " + (finishedFirst ? "build had finished" : "killed mid-build") + ", "
                    + after + " sections");
            if (after != before) {
                IndexBuilder.build(SeedCorpus.folder(), index);
            }
        }
        System.out.println("Crash-safety outcomes: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("killed mid-build")), outcomes::toString);

        BuildSummary rebuilt = IndexBuilder.build(big, index);
        assertEquals(rebuilt.sections(), numDocs(index));
    }

    private Path biggerCorpus() throws IOException {
        Path big = Files.createDirectories(temp.resolve("big"));
        try (var files = Files.list(SeedCorpus.folder())) {
            for (Path seed : files.toList()) {
                Files.copy(seed, big.resolve(seed.getFileName()));
                for (int i = 0; i < COPIES; i++) {
                    Files.copy(seed, big.resolve("copy" + i + "_" + seed.getFileName()));
                }
            }
        }
        return big;
    }

    private static Process startIndexer(Path input, Path index) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.fupin.cli.IndexerMain",
                        "--input",
                        input.toString(),
                        "--index",
                        index.toString(),
                        "--quiet")
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitStartLine(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Indexing")) {
            // skip JVM warnings printed before the indexer starts
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the child never blocks on output
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private static int numDocs(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private static boolean checkIndexClean(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index);
                CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(null);
            return check.checkIndex().clean;
        }
    }
}
