package org.fupin.http;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One line per request, in the format of the rest of the log, written to standard error by a background thread:
 * a request only formats its line and queues it, instead of taking the stream's lock and making a write system call
 * of its own (under load, eight request threads queued on that lock). Lines are never dropped: when the writer falls
 * far behind, the request writes its line itself.
 */
final class RequestLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final int QUEUED_LINES = 4096;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUED_LINES);
    private final PrintStream fallback;

    private RequestLog(PrintStream out) {
        this.fallback = out;
    }

    /** A log writing to {@code out} from a daemon thread that lives as long as the JVM. */
    static RequestLog to(PrintStream out) {
        RequestLog log = new RequestLog(out);
        Thread writer = new Thread(log::writeLoop, "fupin-request-log");
        writer.setDaemon(true);
        writer.start();
        return log;
    }

    /** Logs one request. */
    void log(String method, String path, int status, float millis) {
        String line = TIME.format(Instant.now()) + " INFO " + App.class.getName() + " - " + method + " " + path + " "
                + status + " " + Math.round(millis) + "ms";
        if (!lines.offer(line)) {
            fallback.println(line);
        }
    }

    private void writeLoop() {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(fallback, StandardCharsets.UTF_8), 1 << 16);
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(lines.take());
                lines.drainTo(batch);
                for (String line : batch) {
                    out.write(line);
                    out.newLine();
                }
                // Flushed whenever the queue is empty, so the log is never more than one batch behind.
                out.flush();
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            fallback.println("request log failed: " + e);
        }
    }
}
