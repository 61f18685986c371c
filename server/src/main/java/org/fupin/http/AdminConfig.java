package org.fupin.http;

import org.fupin.search.Reindexer;

/**
 * The admin API: the bearer token that unlocks it and the re-indexer it drives. Without a token the admin routes
 * answer 404 "disabled".
 *
 * @param token     the shared secret for {@code Authorization: Bearer <token>}; null or blank disables the admin API
 * @param reindexer rebuilds the served index from the seeds folder; null when disabled
 */
public record AdminConfig(String token, Reindexer reindexer) {

    public AdminConfig {
        if (token != null && !token.isBlank() && reindexer == null) {
            throw new IllegalArgumentException("an enabled admin API needs a re-indexer");
        }
    }

    /** No admin API. */
    public static AdminConfig disabled() {
        return new AdminConfig(null, null);
    }

    /** True when a token is configured. */
    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "AdminConfig[" + (enabled() ? "token set" : "disabled") + "]";
    }
}
