/**
 * In-process JMH micro-benchmarks of the indexing hot paths: parsing a report and analysing English and Chinese text.
 * Run them through {@code java -jar benchmark/target/fupin-bench.jar jmh}, which hands its arguments to JMH.
 */
package org.fupin.bench.jmh;
