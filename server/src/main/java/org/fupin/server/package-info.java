/**
 * The command line: {@code serve} (build the index from the seeds when missing, open it, start the HTTP server)
 * and {@code index} (delegates to the indexer CLI). {@link org.fupin.server.ServerConfig} holds the effective options.
 */
package org.fupin.server;
