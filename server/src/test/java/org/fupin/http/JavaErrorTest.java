package org.fupin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A {@link Error} thrown while answering (an {@code OutOfMemoryError} on a huge section under four readers was the
 * case an attack found) gets the API's JSON error, not Javalin's empty 500: a 503 with {@code Retry-After} for
 * running out of memory, which passes, and a 500 for any other error. The routes here throw on purpose; everything
 * else is the real error mapping on a real Javalin server.
 */
class JavaErrorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOutOfMemoryErrorIsAJson503AndOtherErrorsAJson500() throws Exception {
        Javalin app = Javalin.create(config -> {
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = 0;
                    ErrorMapping.install(config);
                    config.routes.get("/oom", ctx -> {
                        throw new OutOfMemoryError("Java heap space");
                    });
                    config.routes.get("/deep", ctx -> {
                        throw new StackOverflowError();
                    });
                })
                .start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> oom = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/oom"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> deep = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/deep"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(503, oom.statusCode(), oom.body());
            JsonNode error = JSON.readTree(oom.body()).path("error");
            assertEquals(503, error.path("status").asInt());
            assertTrue(error.path("message").asText().contains("out of memory"), oom.body());
            assertEquals("1", oom.headers().firstValue("Retry-After").orElse(""));
            assertEquals(500, deep.statusCode(), deep.body());
            assertEquals(
                    500, JSON.readTree(deep.body()).path("error").path("status").asInt(), deep.body());
            assertTrue(oom.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        } finally {
            app.stop();
        }
    }
}
