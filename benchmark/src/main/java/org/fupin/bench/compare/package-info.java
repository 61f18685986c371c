/**
 * The side-by-side comparison with Solr ({@code compare}): our server and the Solr peer (module {@code solr-peer}) as
 * child processes over the same exported sections, the query mix sent to both (to Solr as equivalent edismax
 * requests, all words and any word), one client alternating between the engines query by query and eight-client
 * throughput in alternating slices, with caches off and on.
 */
package org.fupin.bench.compare;
