package org.fupin.bench.query;

import java.util.List;
import java.util.Map;

/**
 * What one phase of the query benchmark measured. Latencies in milliseconds, of successful requests only; the
 * server's memory is read right after the phase.
 *
 * @param name                 {@code warmup}, {@code c1}, {@code c8}, …
 * @param clients              concurrent closed-loop clients
 * @param seconds              wall time from start until the last client finished its last request
 * @param requests             successful (2xx) requests
 * @param errors               non-2xx responses and failed requests
 * @param errorKinds           errors by kind ({@code HTTP 503}, {@code HttpTimeoutException}, …)
 * @param requestsPerSecond    successful requests per second
 * @param meanMs               mean latency
 * @param p50Ms                median latency
 * @param p90Ms                90th percentile
 * @param p99Ms                99th percentile
 * @param p999Ms               99.9th percentile
 * @param maxMs                slowest request
 * @param bytesPerRequest      mean response body size
 * @param serverRssBytes       server resident memory after the phase ({@code VmRSS})
 * @param serverHwmBytes       server peak resident memory so far ({@code VmHWM})
 * @param serverCpuMsPerRequest server CPU time (user + system) per request
 * @param clientCpuMsPerRequest load generator CPU time per request (it shares the machine)
 * @param meanMsByKind         mean latency of each kind of search
 * @param queries              mean latency of each search of the mix
 */
public record PhaseResult(
        String name,
        int clients,
        double seconds,
        long requests,
        long errors,
        Map<String, Long> errorKinds,
        double requestsPerSecond,
        double meanMs,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double p999Ms,
        double maxMs,
        long bytesPerRequest,
        long serverRssBytes,
        long serverHwmBytes,
        double serverCpuMsPerRequest,
        double clientCpuMsPerRequest,
        Map<QueryMix.Kind, Double> meanMsByKind,
        List<QueryTime> queries) {

    public PhaseResult {
        errorKinds = Map.copyOf(errorKinds);
        meanMsByKind = Map.copyOf(meanMsByKind);
        queries = List.copyOf(queries);
    }

    /**
     * How one search of the mix fared in the phase.
     *
     * @param query    the search
     * @param requests successful requests of it
     * @param meanMs   their mean latency
     */
    public record QueryTime(String query, long requests, double meanMs) {}
}
