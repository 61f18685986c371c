package org.fupin.bench.query;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * One phase of the query benchmark: {@code clients} threads, each a closed loop that sends the next search of the mix,
 * waits for the whole response and sends the next, for a fixed time. Each thread records the latency of every
 * successful request (send to last body byte, in microseconds) in its own HdrHistogram; they are added up at the end.
 * A closed loop never has a request waiting to be sent while another is late, so there is no coordinated omission to
 * correct: the percentiles are those of the requests actually made, and a slow server shows as fewer requests per
 * second instead.
 */
final class LoadPhase {

    /** Latencies above a minute are recorded as a minute. */
    private static final long HIGHEST_MICROS = 60_000_000L;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final List<QueryMix.Query> mix;
    private final List<HttpRequest> requests;

    LoadPhase(HttpClient client, URI base, List<QueryMix.Query> mix) {
        this.client = client;
        this.mix = List.copyOf(mix);
        this.requests = mix.stream()
                .map(q -> HttpRequest.newBuilder(base.resolve(q.path()))
                        .timeout(REQUEST_TIMEOUT)
                        .GET()
                        .build())
                .toList();
    }

    /** Runs {@code clients} closed loops for {@code duration} against {@code server} and measures them. */
    PhaseResult run(String name, int clients, Duration duration, ServerProcess server)
            throws InterruptedException, IOException {
        List<Histogram> histograms = new ArrayList<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong bytes = new AtomicLong();
        LongAdder[] micros = adders();
        LongAdder[] counts = adders();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] end = new long[1];
        for (int c = 0; c < clients; c++) {
            Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
            histograms.add(histogram);
            // Clients start at different places of the mix so concurrent requests are not all the same search.
            int offset = c * requests.size() / clients;
            threads.add(Thread.ofPlatform().name(name + "-client-" + c).start(() -> {
                try {
                    start.await();
                    loop(offset, end[0], histogram, errors, bytes, micros, counts);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long cpuBefore = server.cpuNanos();
        long clientCpuBefore = clientCpuNanos();
        long started = System.nanoTime();
        end[0] = started + duration.toNanos();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - started;
        long serverCpu = server.cpuNanos() - cpuBefore;
        long clientCpu = clientCpuNanos() - clientCpuBefore;
        ServerProcess.Memory memory = server.memory();

        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        histograms.forEach(all::add);
        long ok = all.getTotalCount();
        Map<String, Long> errorKinds = new TreeMap<>();
        errors.forEach((k, v) -> errorKinds.put(k, v.get()));
        long errorCount =
                errorKinds.values().stream().mapToLong(Long::longValue).sum();
        double seconds = elapsed / 1e9;
        long done = Math.max(1, ok + errorCount);
        return new PhaseResult(
                name,
                clients,
                seconds,
                ok,
                errorCount,
                errorKinds,
                ok / seconds,
                all.getMean() / 1000.0,
                ms(all, 50),
                ms(all, 90),
                ms(all, 99),
                ms(all, 99.9),
                all.getMaxValue() / 1000.0,
                ok == 0 ? 0 : bytes.get() / ok,
                memory.rssBytes(),
                memory.hwmBytes(),
                serverCpu / 1e6 / done,
                clientCpu / 1e6 / done,
                byKind(micros, counts),
                byQuery(micros, counts));
    }

    private LongAdder[] adders() {
        LongAdder[] a = new LongAdder[requests.size()];
        Arrays.setAll(a, i -> new LongAdder());
        return a;
    }

    private Map<QueryMix.Kind, Double> byKind(LongAdder[] micros, LongAdder[] counts) {
        Map<QueryMix.Kind, long[]> sums = new EnumMap<>(QueryMix.Kind.class);
        for (int q = 0; q < mix.size(); q++) {
            long[] s = sums.computeIfAbsent(mix.get(q).kind(), k -> new long[2]);
            s[0] += micros[q].sum();
            s[1] += counts[q].sum();
        }
        Map<QueryMix.Kind, Double> means = new EnumMap<>(QueryMix.Kind.class);
        sums.forEach((k, s) -> means.put(k, s[1] == 0 ? 0 : s[0] / 1000.0 / s[1]));
        return means;
    }

    private List<PhaseResult.QueryTime> byQuery(LongAdder[] micros, LongAdder[] counts) {
        List<PhaseResult.QueryTime> times = new ArrayList<>();
        for (int q = 0; q < mix.size(); q++) {
            long n = counts[q].sum();
            times.add(new PhaseResult.QueryTime(mix.get(q).toString(), n, n == 0 ? 0 : micros[q].sum() / 1000.0 / n));
        }
        return times;
    }

    private void loop(
            int offset,
            long end,
            Histogram histogram,
            Map<String, AtomicLong> errors,
            AtomicLong bytes,
            LongAdder[] microsByQuery,
            LongAdder[] countByQuery) {
        int i = offset;
        while (System.nanoTime() < end) {
            int q = i++ % requests.size();
            HttpRequest request = requests.get(q);
            long sent = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long micros = (System.nanoTime() - sent) / 1_000;
                if (response.statusCode() / 100 == 2) {
                    histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
                    microsByQuery[q].add(micros);
                    countByQuery[q].increment();
                    bytes.addAndGet(response.body().length);
                } else {
                    errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                }
            } catch (IOException e) {
                errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static long clientCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
