/**
 * Benchmarks for Fupin Search: a deterministic, streaming generator of synthetic report corpora remixed from the
 * seeds ({@link org.fupin.bench.CorpusGenerator}), and the index-build benchmark ({@link org.fupin.bench.IndexBenchmark})
 * that times {@code IndexBuilder.build} and samples its heap. {@link org.fupin.bench.BenchMain} is the CLI.
 */
package org.fupin.bench;
