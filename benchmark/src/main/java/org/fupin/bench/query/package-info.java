/**
 * The HTTP query benchmark: the real server as a child process ({@link org.fupin.bench.query.ServerProcess}), a fixed
 * mix of searches ({@link org.fupin.bench.query.QueryMix}), closed-loop load phases measured with HdrHistogram
 * ({@link org.fupin.bench.query.LoadPhase}), the {@code query} command ({@link org.fupin.bench.query.QueryBenchmark})
 * and the end-to-end {@code all} command ({@link org.fupin.bench.query.EndToEnd}).
 */
package org.fupin.bench.query;
