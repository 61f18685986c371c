package org.fupin.http;

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
import org.fupin.query.GlossaryExpander;
import org.fupin.query.TermExpander;
import org.fupin.query.bilingual.Glossary;
import org.fupin.search.IndexHandle;
import org.fupin.search.SearchLimits;
import org.fupin.search.SearchService;
import org.fupin.search.Suggestions;

/** A real server on a free port over an index folder, with a JSON-reading HTTP client. */
final class TestServer implements AutoCloseable {

    /** One response: status, the raw body, the body as JSON (null when not JSON), and the response itself. */
    record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndexHandle index;
    private final Suggestions suggestions;
    private final Javalin app;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path indexDir, SearchLimits limits, TermExpander expander) throws IOException {
        index = IndexHandle.open(indexDir);
        // Suggestions use the bundled glossary, as serve does without --glossary.
        suggestions = new Suggestions(index, Glossary.bundled());
        app = App.create(
                        new SearchService(index, limits, expander, "test"),
                        new HttpConfig("127.0.0.1", 0),
                        AdminConfig.disabled(),
                        suggestions)
                .start();
    }

    /** A server expanding terms with the bundled glossary, as {@code serve} does. */
    TestServer(Path indexDir, SearchLimits limits) throws IOException {
        this(indexDir, limits, GlossaryExpander.bundled());
    }

    TestServer(Path indexDir) throws IOException {
        this(indexDir, SearchLimits.defaults());
    }

    /** Switches new requests to the newest commit in the index folder (after a rebuild there). */
    void refresh() throws IOException {
        index.refresh();
    }

    Javalin app() {
        return app;
    }

    /** GETs a path (with query string, already encoded). */
    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build());
    }

    /** GETs a path that must answer 200, and returns its JSON body. */
    JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        Reply reply = get(pathAndQuery);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** A query-parameter value, URL-encoded. */
    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GETs a path with one request header. */
    Reply getWithHeader(String pathAndQuery, String header, String value) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header(header, value)
                .GET()
                .build());
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
        app.stop();
        suggestions.close();
        index.close();
    }
}
