package org.fupin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.fupin.http.HttpConfig;
import org.fupin.search.IndexHandle;
import org.fupin.search.SearchLimits;
import org.fupin.server.Server;
import org.fupin.server.ServerConfig;

/**
 * The one server harness: the real server as {@code serve} wires it ({@link Server}: bundled glossary, warm-up,
 * suggestions, admin API, external-rebuild refresher) on a free loopback port, with a JSON-reading HTTP client.
 * {@link #seeds()} serves the shared {@link SeedIndex}.
 */
public final class TestServer implements AutoCloseable {

    /** One response: status, the raw body, the body as JSON (null when not JSON), and the response itself. */
    public record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Server server) {
        this.server = server;
    }

    /** The shared seed index with the default limits and no admin API. */
    public static TestServer seeds() throws Exception {
        return seeds(SearchLimits.defaults());
    }

    /** The shared seed index with {@code limits} and no admin API. */
    public static TestServer seeds(SearchLimits limits) throws Exception {
        return start(config(SeedIndex.path(), SeedIndex.SEEDS, limits, null));
    }

    /** An index the test built in {@code index}, with the default limits and no admin API. */
    public static TestServer over(Path index) throws Exception {
        return over(index, SearchLimits.defaults());
    }

    /** An index the test built in {@code index}, with {@code limits} and no admin API. */
    public static TestServer over(Path index, SearchLimits limits) throws Exception {
        return start(config(index, SeedIndex.SEEDS, limits, null));
    }

    /**
     * The index in {@code index} (built from {@code seeds} when the folder holds none), the admin API when
     * {@code adminToken} is not null, and external rebuilds looked for every {@code refreshPeriod}.
     */
    public static TestServer start(
            Path index, Path seeds, SearchLimits limits, String adminToken, Duration refreshPeriod) throws Exception {
        Server.Wiring wiring =
                new Server.Wiring(refreshPeriod, Server.Wiring.defaults().rebuild());
        return start(config(index, seeds, limits, adminToken), wiring);
    }

    /** Starts as {@code serve} does with {@code config}. */
    public static TestServer start(ServerConfig config) throws Exception {
        return start(config, Server.Wiring.defaults());
    }

    /** Starts with {@code config} and {@code wiring}. */
    public static TestServer start(ServerConfig config, Server.Wiring wiring) throws Exception {
        return new TestServer(Server.start(config, wiring));
    }

    /** A configuration on a free loopback port with the bundled glossary. */
    public static ServerConfig config(Path index, Path seeds, SearchLimits limits, String adminToken) {
        return new ServerConfig(new HttpConfig("127.0.0.1", 0), index, seeds, limits, null, adminToken);
    }

    /** Switches new requests to the newest commit in the index folder (after a rebuild there). */
    public void refresh() throws IOException {
        server.index().refresh();
    }

    public Javalin app() {
        return server.app();
    }

    public IndexHandle index() {
        return server.index();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    /** GETs a path (with query string, already encoded). */
    public Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build());
    }

    /** GETs a path that must answer 200, and returns its JSON body. */
    public JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        Reply reply = get(pathAndQuery);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** GETs a path with one request header. */
    public Reply getWithHeader(String pathAndQuery, String header, String value)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header(header, value)
                .GET()
                .build());
    }

    /** A query-parameter value, URL-encoded. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            json = JSON.readTree(response.body());
        }
        return new Reply(response.statusCode(), response.body(), json, response);
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
