package org.fupin.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI document shipped as a resource. */
final class OpenApiHandler {

    /** Where the document lives on the class path. */
    static final String RESOURCE = "/org/fupin/http/openapi.json";

    private final String document;

    OpenApiHandler() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void get(Context ctx) {
        Parameters.allowOnly(ctx, List.of());
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
