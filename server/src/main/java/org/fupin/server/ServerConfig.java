package org.fupin.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.fupin.http.HttpConfig;
import org.fupin.search.SearchLimits;

/**
 * The effective configuration of {@code serve}: flags win over environment variables, which win over defaults.
 *
 * @param http   where to listen
 * @param index  the index folder
 * @param seeds  the reports folder used to build the index when the index folder holds none
 * @param limits search limits
 * @param glossary an extra user glossary file loaded at start-up over the bundled one, or null for none
 */
public record ServerConfig(HttpConfig http, Path index, Path seeds, SearchLimits limits, Path glossary) {

    /** Default port. */
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(limits, "limits");
    }

    /** A configuration with the bundled glossary only. */
    public ServerConfig(HttpConfig http, Path index, Path seeds, SearchLimits limits) {
        this(http, index, seeds, limits, null);
    }

    /**
     * Reads {@code serve} flags ({@code --port}, {@code --host}, {@code --index}, {@code --seeds}, {@code --glossary}) over the
     * environment ({@code FUPIN_PORT}, {@code FUPIN_HOST}, {@code FUPIN_INDEX}, {@code FUPIN_SEEDS}, {@code FUPIN_GLOSSARY}).
     *
     * @throws IllegalArgumentException with a usage message for a bad flag or value
     */
    public static ServerConfig from(String[] flags, Map<String, String> env) {
        String port = env.getOrDefault("FUPIN_PORT", Integer.toString(DEFAULT_PORT));
        String host = env.getOrDefault("FUPIN_HOST", "0.0.0.0");
        String index = env.getOrDefault("FUPIN_INDEX", "data/index");
        String seeds = env.getOrDefault("FUPIN_SEEDS", "seeds");
        String glossary = env.get("FUPIN_GLOSSARY");
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
                default -> throw new IllegalArgumentException("unknown option: " + flag);
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 0 to 65535, not '" + port + "'");
        }
        return new ServerConfig(new HttpConfig(host, portNumber), Path.of(index), Path.of(seeds),
                SearchLimits.defaults(), glossary == null || glossary.isBlank() ? null : Path.of(glossary));
    }
}
