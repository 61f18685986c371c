/**
 * Solr 9 as the benchmark's peer: a real Solr over HTTP on 127.0.0.1 ({@code JettySolrRunner}, one standalone core),
 * with a configset of our fields, loaded from the sections our parser exports as JSON lines. It runs in its own JVM
 * on Solr's own Lucene 9 and shares no classpath with Fupin Search (Lucene 10).
 */
package org.fupin.solr;
