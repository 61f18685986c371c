package org.fupin.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server ({@code java -jar fupin-server.jar serve --port 0 …}) as a child process, so that its memory and CPU
 * are its own and the load generator's do not count. Its output goes to a log file, from which the port it chose is
 * read; it counts as ready once {@code /health} answers 200. Closing sends SIGTERM and waits for a clean stop.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^\\s/]+:(\\d+)/");
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final int port;
    private final List<String> command;

    /**
     * The process's memory from {@code /proc/<pid>/status}.
     *
     * @param rssBytes resident set size now ({@code VmRSS})
     * @param hwmBytes peak resident set size so far ({@code VmHWM})
     */
    public record Memory(long rssBytes, long hwmBytes) {}

    private ServerProcess(Process process, Path log, int port, List<String> command) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.command = List.copyOf(command);
    }

    /**
     * Starts the server on a free port of 127.0.0.1 over an existing index and waits until {@code /health} answers.
     *
     * @param jar     the shaded {@code fupin-server.jar}
     * @param index   the index folder
     * @param seeds   what the server would index if the folder held no index (the corpus)
     * @param jvmArgs JVM options such as {@code -Xmx512m}
     * @param log     where the server's output goes
     */
    public static ServerProcess start(Path jar, Path index, Path seeds, List<String> jvmArgs, Path log)
            throws IOException, InterruptedException {
        requireJar(jar, "build it with mvn -q -pl benchmark,server -am package -DskipTests, or pass --server-jar");
        List<String> command = new ArrayList<>(java(jvmArgs));
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--index",
                index.toAbsolutePath().toString(),
                "--seeds",
                seeds.toAbsolutePath().toString()));
        return launch(command, log, "/health", STARTUP);
    }

    /**
     * Starts any HTTP server as a child process that logs {@code listening on http://HOST:PORT/…} once it serves
     * (the benchmark's Solr peer does too), and waits until {@code healthPath} answers 200.
     *
     * @param command    the whole command line
     * @param log        where its output goes
     * @param healthPath a path that answers 200 once it is ready
     * @param startup    how long it may take to log its port (a peer that loads data first needs long)
     */
    public static ServerProcess launch(List<String> command, Path log, String healthPath, Duration startup)
            throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        try {
            int port = awaitPort(process, log, startup);
            ServerProcess server = new ServerProcess(process, log, port, command);
            server.awaitHealth(healthPath);
            return server;
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** {@code java} of the running JVM with these options. */
    public static List<String> java(List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        return command;
    }

    /** Fails clearly when a jar the benchmark runs has not been built. */
    public static void requireJar(Path jar, String howToBuild) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar.toAbsolutePath() + "; " + howToBuild);
        }
    }

    /** Everything the process has logged so far. */
    public String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** The command line that started it. */
    public List<String> command() {
        return command;
    }

    /** Where its log goes. */
    public Path log() {
        return log;
    }

    /** The base URI, e.g. {@code http://127.0.0.1:41234}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Resident and peak resident memory of the server process, read from {@code /proc/<pid>/status}. */
    public Memory memory() throws IOException {
        long rss = -1;
        long hwm = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return new Memory(rss, hwm);
    }

    /** CPU time (user + system) the server process has used so far, in nanoseconds; -1 if unknown. */
    public long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static long kilobytes(String statusLine) {
        String[] parts = statusLine.trim().split("\\s+");
        return Long.parseLong(parts[1]) * 1024;
    }

    private static int awaitPort(Process process, Path log, Duration startup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
            Matcher m = LISTENING.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IOException("the server exited with status " + process.exitValue() + " before listening;"
                        + " its log " + log + " ends:\n" + tail(text));
            }
            Thread.sleep(50);
        }
        throw new IOException("the server did not log its port within " + startup.toSeconds() + " s; see " + log);
    }

    private void awaitHealth(String healthPath) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve(healthPath))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IOException(
                "the server on port " + port + " never answered " + healthPath + " with 200; see " + log, last);
    }

    private static String tail(String text) {
        return text.length() <= 2_000 ? text : text.substring(text.length() - 2_000);
    }
}
