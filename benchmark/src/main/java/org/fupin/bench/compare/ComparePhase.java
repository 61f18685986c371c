package org.fupin.bench.compare;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;
import org.fupin.bench.query.ServerProcess;

/**
 * Closed-loop load over several engines with the same mix, so that every engine sees the same machine: either one
 * set of clients alternating between the engines query by query ({@link #alternating}: each client sends search i to
 * every engine in turn, the first engine rotating, then search i+1), or each engine alone for a short slice, the
 * engines taking turns until each has had its time ({@link #sliced}: throughput, where engines must not share the
 * CPU at the same moment). Latency is send to last body byte, in microseconds, in HdrHistogram.
 */
final class ComparePhase {

    private static final long HIGHEST_MICROS = 60_000_000L;

    /**
     * One engine under load.
     *
     * @param engine   which
     * @param requests its request for each search of the mix, in mix order
     * @param process  the process that answers it (its CPU time is read around its slices)
     */
    record Target(Engine engine, List<HttpRequest> requests, ServerProcess process) {

        Target {
            requests = List.copyOf(requests);
        }
    }

    /** What one engine got over a phase, added up over its slices. */
    private static final class Tally {
        final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        final Map<String, Long> errors = new TreeMap<>();
        long nanos;
        long cpuNanos;
        boolean cpuKnown = true;

        void add(Tally other) {
            histogram.add(other.histogram);
            other.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
        }
    }

    private final HttpClient client;

    ComparePhase(HttpClient client) {
        this.client = client;
    }

    /** {@code clients} closed loops for {@code duration}, each sending every search to every engine in turn. */
    List<EngineStats> alternating(String name, int clients, Duration duration, List<Target> targets)
            throws InterruptedException {
        long started = System.nanoTime();
        Map<Engine, Tally> tallies = run(clients, duration, targets);
        long elapsed = System.nanoTime() - started;
        tallies.values().forEach(t -> {
            t.nanos = elapsed;
            t.cpuKnown = false;
        });
        return stats(name, clients, tallies, targets);
    }

    /** Each engine alone with {@code clients} loops for {@code slice} at a time, in turns, until each had {@code perEngine}. */
    List<EngineStats> sliced(String name, int clients, Duration perEngine, Duration slice, List<Target> targets)
            throws InterruptedException {
        Map<Engine, Tally> tallies = new EnumMap<>(Engine.class);
        targets.forEach(t -> tallies.put(t.engine(), new Tally()));
        long rounds = Math.max(1, (perEngine.toNanos() + slice.toNanos() - 1) / slice.toNanos());
        Duration each = perEngine.dividedBy(rounds);
        for (long round = 0; round < rounds; round++) {
            for (int i = 0; i < targets.size(); i++) {
                // Rotate which engine goes first, so none always follows the same one.
                Target target = targets.get((int) ((i + round) % targets.size()));
                Tally total = tallies.get(target.engine());
                long cpuBefore = target.process().cpuNanos();
                long started = System.nanoTime();
                Tally slicePart = run(clients, each, List.of(target)).get(target.engine());
                total.nanos += System.nanoTime() - started;
                long cpuAfter = target.process().cpuNanos();
                total.cpuKnown &= cpuBefore >= 0 && cpuAfter >= 0;
                total.cpuNanos += cpuAfter - cpuBefore;
                total.add(slicePart);
            }
        }
        return stats(name, clients, tallies, targets);
    }

    private Map<Engine, Tally> run(int clients, Duration duration, List<Target> targets) throws InterruptedException {
        int searches = targets.getFirst().requests().size();
        List<Map<Engine, Tally>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] end = new long[1];
        for (int c = 0; c < clients; c++) {
            Map<Engine, Tally> mine = new EnumMap<>(Engine.class);
            targets.forEach(t -> mine.put(t.engine(), new Tally()));
            perClient.add(mine);
            // Clients start at different places of the mix so concurrent requests are not all the same search.
            int offset = c * searches / clients;
            threads.add(Thread.ofPlatform().name("compare-client-" + c).start(() -> {
                try {
                    start.await();
                    loop(offset, end[0], targets, mine);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        end[0] = System.nanoTime() + duration.toNanos();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        Map<Engine, Tally> merged = new EnumMap<>(Engine.class);
        targets.forEach(t -> merged.put(t.engine(), new Tally()));
        perClient.forEach(m -> m.forEach((engine, tally) -> merged.get(engine).add(tally)));
        return merged;
    }

    private void loop(int offset, long end, List<Target> targets, Map<Engine, Tally> tallies) {
        int searches = targets.getFirst().requests().size();
        for (long n = offset; System.nanoTime() < end; n++) {
            int q = (int) (n % searches);
            for (int k = 0; k < targets.size(); k++) {
                Target target = targets.get((int) ((n + k) % targets.size()));
                Tally tally = tallies.get(target.engine());
                long sent = System.nanoTime();
                try {
                    HttpResponse<byte[]> r =
                            client.send(target.requests().get(q), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() / 100 == 2) {
                        tally.histogram.recordValue(Math.min((System.nanoTime() - sent) / 1_000, HIGHEST_MICROS));
                    } else {
                        tally.errors.merge("HTTP " + r.statusCode(), 1L, Long::sum);
                    }
                } catch (IOException e) {
                    tally.errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static List<EngineStats> stats(String name, int clients, Map<Engine, Tally> tallies, List<Target> targets) {
        List<EngineStats> stats = new ArrayList<>();
        for (Target target : targets) {
            Tally t = tallies.get(target.engine());
            long ok = t.histogram.getTotalCount();
            long errors = t.errors.values().stream().mapToLong(Long::longValue).sum();
            double seconds = t.nanos / 1e9;
            double cpu = t.cpuKnown && ok + errors > 0 ? t.cpuNanos / 1e6 / (ok + errors) : -1;
            stats.add(new EngineStats(
                    target.engine(),
                    name,
                    clients,
                    seconds,
                    ok,
                    errors,
                    t.errors,
                    seconds > 0 ? ok / seconds : 0,
                    ms(t.histogram, 50),
                    ms(t.histogram, 90),
                    ms(t.histogram, 99),
                    t.histogram.getMaxValue() / 1000.0,
                    cpu));
        }
        return stats;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }
}
