package org.fupin.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.fupin.http.HttpConfig;
import org.fupin.search.SearchLimits;

/**
 * The effective configuration of {@code serve}: flags win over environment variables, which win over defaults.
 *
 * @param http       where to listen
 * @param index      the index folder
 * @param seeds      the reports folder used to build the index when the index folder holds none
 * @param limits     search limits
 * @param glossary   an extra user glossary file loaded at start-up over the bundled one, or null for none
 * @param adminToken the bearer token of the admin API ({@code POST /api/admin/reindex}); null disables it
 */
public record ServerConfig(
        HttpConfig http, Path index, Path seeds, SearchLimits limits, Path glossary, String adminToken) {

    /** Default port. */
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(limits, "limits");
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    }

    /** A configuration with the bundled glossary only and without the admin API. */
    public ServerConfig(HttpConfig http, Path index, Path seeds, SearchLimits limits) {
        this(http, index, seeds, limits, null, null);
    }

    /** Never prints the admin token, only whether one is set. */
    @Override
    public String toString() {
        return "ServerConfig[http=" + http + ", index=" + index + ", seeds=" + seeds + ", limits=" + limits
                + ", glossary=" + (glossary == null ? "bundled only" : glossary)
                + ", adminToken=" + (adminToken == null ? "none (admin API disabled)" : "set") + "]";
    }

    /**
     * Reads {@code serve} flags ({@code --port}, {@code --host}, {@code --index}, {@code --seeds},
     * {@code --glossary}, {@code --admin-token}) over the environment ({@code FUPIN_PORT}, {@code FUPIN_HOST},
     * {@code FUPIN_INDEX}, {@code FUPIN_SEEDS}, {@code FUPIN_GLOSSARY}, {@code FUPIN_ADMIN_TOKEN}).
     *
     * @throws IllegalArgumentException with a usage message for a bad flag or value
     */
    public static ServerConfig from(String[] flags, Map<String, String> env) {
        String port = env.getOrDefault("FUPIN_PORT", Integer.toString(DEFAULT_PORT));
        String host = env.getOrDefault("FUPIN_HOST", "0.0.0.0");
        String index = env.getOrDefault("FUPIN_INDEX", "data/index");
        String seeds = env.getOrDefault("FUPIN_SEEDS", "seeds");
        String glossary = env.get("FUPIN_GLOSSARY");
        String adminToken = env.get("FUPIN_ADMIN_TOKEN");
        for (int i = 0; i < flags.length; i++) {
            String flag = flags[i];
            if (i + 1 >= flags.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = flags[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--index" -> index = value;
                case "--seeds" -> seeds = value;
                case "--glossary" -> glossary = value;
                case "--admin-token" -> adminToken = value;
                default -> throw new IllegalArgumentException("unknown option: " + flag);
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 0 to 65535, not '" + port + "'");
        }
        return new ServerConfig(
                new HttpConfig(host, portNumber),
                Path.of(index),
                Path.of(seeds),
                SearchLimits.defaults(),
                glossary == null || glossary.isBlank() ? null : Path.of(glossary),
                adminToken);
    }
}
