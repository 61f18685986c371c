package org.fupin.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fupin.testing.SeedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over a damaged index (garbled, truncated or missing files) exits with status 3 and a message that
 * says what to do, within seconds, instead of serving 500s. Each case runs the real {@code Main} in a new JVM.
 * (A crash during a build is covered by the indexer's CrashSafetyTest.)
 */
class CorruptIndexTest {

    @TempDir
    Path dir;

    @Test
    void garbledBytesInTheLargestFileFailFast() throws Exception {
        assertServeRefuses(largest -> overwrite(largest, Files.size(largest) / 2, "garbage!garbage!"));
    }

    @Test
    void aTruncatedFileFailsFast() throws Exception {
        assertServeRefuses(largest -> truncate(largest, Files.size(largest) / 3));
    }

    @Test
    void aDeletedSegmentFileFailsFast() throws Exception {
        assertServeRefuses(Files::delete);
    }

    @Test
    void serveWithoutAnIndexAndWithUnusableSeedsExitsOneWithAMessage() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("no-reports"));

        Process serve = startServe(dir.resolve("index"), seeds);
        boolean exited = serve.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            serve.destroyForcibly();
        }
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(exited, "serve kept running without an index: " + output);
        assertEquals(1, serve.exitValue(), output);
        assertTrue(output.contains("error: input folder holds no .txt reports"), output);
        assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + output);
    }

    private static Process startServe(Path index, Path seeds) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.fupin.server.Main",
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--index",
                        index.toString(),
                        "--seeds",
                        seeds.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** A change to the largest file of a freshly built index. */
    @FunctionalInterface
    interface Damage {
        void apply(Path largest) throws IOException;
    }

    private void assertServeRefuses(Damage damage) throws Exception {
        Path index = SeedIndex.copyInto(dir);
        Path largest;
        try (Stream<Path> files = Files.list(index)) {
            largest = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(CorruptIndexTest::size))
                    .orElseThrow();
        }
        damage.apply(largest);

        Process serve = startServe(index, SeedIndex.SEEDS);
        boolean exited = serve.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            serve.destroyForcibly();
        }
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("Corrupt index (" + largest.getFileName() + "): exit "
                + (exited ? serve.exitValue() : "none") + ": "
                + output.lines().filter(l -> l.startsWith("error:")).findFirst().orElse(output));

        assertTrue(exited, "serve kept running over a damaged index: " + output);
        assertEquals(3, serve.exitValue(), output);
        assertTrue(output.contains("is corrupt or incomplete") && output.contains("rebuild it with"), output);
        assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + output);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void overwrite(Path file, long at, String bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(bytes.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }
}
