package org.fupin.bench.compare;

import java.util.Map;

/**
 * What one engine did in one phase of the comparison. Latencies in milliseconds, of successful requests only.
 *
 * @param engine                the engine
 * @param phase                 {@code warmup}, {@code c1} (one client alternating between engines) or {@code c8}
 *                              (eight clients on this engine, in slices that alternate between engines)
 * @param clients               concurrent clients
 * @param seconds               time this engine was being measured (in {@code c1} the whole phase, shared)
 * @param requests              successful requests
 * @param errors                failed requests
 * @param errorKinds            failures by kind
 * @param requestsPerSecond     successful requests per second of {@code seconds} (throughput only in {@code c8})
 * @param p50Ms                 median
 * @param p90Ms                 90th percentile
 * @param p99Ms                 99th percentile
 * @param maxMs                 slowest request
 * @param serverCpuMsPerRequest the engine's process CPU time per request, or -1 when another engine ran at the same
 *                              time in the same process ({@code c1}, warm-up)
 */
public record EngineStats(
        Engine engine,
        String phase,
        int clients,
        double seconds,
        long requests,
        long errors,
        Map<String, Long> errorKinds,
        double requestsPerSecond,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double maxMs,
        double serverCpuMsPerRequest) {

    public EngineStats {
        errorKinds = Map.copyOf(errorKinds);
    }
}
