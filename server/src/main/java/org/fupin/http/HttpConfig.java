package org.fupin.http;

/**
 * Where the server listens.
 *
 * @param host interface to bind, e.g. "0.0.0.0"
 * @param port TCP port; 0 picks a free one
 */
public record HttpConfig(String host, int port) {

    public HttpConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
    }
}
