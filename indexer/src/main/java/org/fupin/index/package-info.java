/**
 * The Lucene side: the schema shared by indexer and server, the analyzers, turning sections into documents and
 * building an index safely beside the one being served.
 */
package org.fupin.index;
