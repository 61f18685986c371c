package org.fupin.solr;

import java.io.BufferedReader;
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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the exported JSON lines into the core over Solr's own HTTP update API, as a user would: batches of
 * {@value #BATCH} documents sent as JSON arrays (each line is already a Solr document: same field names), two batches
 * in flight so both cores of the machine index, as our indexer uses both; then one hard commit.
 */
final class JsonlLoader {

    private static final int BATCH = 1_000;
    private static final int IN_FLIGHT = 2;
    private static final Pattern NUM_FOUND = Pattern.compile("\"numFound\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI core;

    /** A loader for the core at {@code core}, e.g. {@code http://127.0.0.1:8983/solr/sections/}. */
    JsonlLoader(URI core) {
        this.core = core;
    }

    /** Replaces the core's documents with the lines of {@code jsonl}, commits, and checks the count. */
    Load load(Path jsonl, Path indexFolder) throws IOException, InterruptedException {
        long started = System.nanoTime();
        post("update?commit=false", "{\"delete\":{\"query\":\"*:*\"}}");
        long lines = 0;
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        List<Future<?>> pending = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            StringBuilder batch = new StringBuilder();
            int inBatch = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.append(inBatch == 0 ? '[' : ',').append(line);
                inBatch++;
                lines++;
                if (inBatch == BATCH) {
                    send(senders, pending, batch.append(']').toString());
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                send(senders, pending, batch.append(']').toString());
            }
            for (Future<?> f : pending) {
                await(f);
            }
        } finally {
            senders.shutdownNow();
        }
        post("update?commit=true&waitSearcher=true", "{}");
        long millis = (System.nanoTime() - started) / 1_000_000;
        long found = count();
        if (found != lines) {
            throw new IOException("Solr holds " + found + " documents after loading " + lines + " lines of " + jsonl
                    + "; are two lines the same id?");
        }
        return new Load(
                jsonl.toAbsolutePath().toString(),
                Files.size(jsonl),
                Files.getLastModifiedTime(jsonl).toMillis(),
                found,
                millis,
                size(indexFolder));
    }

    /** Documents the core holds now. */
    long count() throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(core.resolve("select?q=*:*&rows=0"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = NUM_FOUND.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("Solr did not answer a count: HTTP " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** Sends one batch on a sender thread; waits first when {@value #IN_FLIGHT} are already on their way. */
    private void send(ExecutorService senders, List<Future<?>> pending, String body)
            throws IOException, InterruptedException {
        for (Iterator<Future<?>> it = pending.iterator(); it.hasNext(); ) {
            Future<?> f = it.next();
            if (f.isDone()) {
                await(f);
                it.remove();
            }
        }
        while (pending.size() >= IN_FLIGHT) {
            await(pending.removeFirst());
        }
        pending.add(senders.submit(() -> {
            post("update", body);
            return null;
        }));
    }

    private static void await(Future<?> f) throws IOException, InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private void post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(core.resolve(path))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Solr refused " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
