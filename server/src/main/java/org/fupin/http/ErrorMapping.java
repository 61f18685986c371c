package org.fupin.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fupin.search.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions and unmatched routes become JSON {@link ApiError} responses. */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    private ErrorMapping() {}

    /** Request attribute set once this class wrote the error body. */
    private static final String WRITTEN = "fupin.error.written";

    /** Registers the exception mappers and the JSON 404. */
    static void install(JavalinConfig config) {
        config.routes.exception(SearchException.class, (e, ctx) -> refused(e, ctx));
        // Javalin's own refusals (body too large, bad content) keep their status; their messages are plain text.
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(ApiError.of(e.getStatus(), e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details");
        });
        // Javalin answers an Error (OutOfMemoryError, StackOverflowError) with an empty 500 of its own.
        config.router.javaLangErrorHandler(ErrorMapping::javaError);
        config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
            // Our own 404s (an unknown section id) are already written; Javalin's for unknown routes say too little.
            if (ctx.attribute(WRITTEN) == null) {
                write(
                        ctx,
                        HttpStatus.NOT_FOUND,
                        "no such resource: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json for the API");
            }
        });
    }

    /**
     * Running out of memory on one request (a huge answer, many at once) usually passes once it is over, so it is a
     * 503 to retry; any other Error is a 500. Both in the JSON shape, unless the response was already under way.
     */
    private static void javaError(HttpServletResponse response, Error error) {
        LOG.error("error while answering a request", error);
        if (response.isCommitted()) {
            return;
        }
        boolean memory = error instanceof OutOfMemoryError;
        int status = memory ? HttpStatus.SERVICE_UNAVAILABLE.getCode() : HttpStatus.INTERNAL_SERVER_ERROR.getCode();
        String message = memory
                ? "the server ran out of memory answering this request; try again in a moment, or"
                        + " ask for less (a smaller page)"
                : "internal error; the server log has the details";
        try {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("application/json; charset=utf-8");
            if (memory) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            response.getOutputStream().write(App.objectMapper().writeValueAsBytes(ApiError.of(status, message)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the error answer", e);
        }
    }

    private static void refused(SearchException e, Context ctx) {
        switch (e.kind()) {
            case BAD_REQUEST -> write(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            case NOT_FOUND -> write(ctx, HttpStatus.NOT_FOUND, e.getMessage());
            case UNAVAILABLE -> {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                write(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            }
            case CONFLICT -> write(ctx, HttpStatus.CONFLICT, e.getMessage());
            case UNPROCESSABLE -> write(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            case INSUFFICIENT_STORAGE -> write(ctx, HttpStatus.INSUFFICIENT_STORAGE, e.getMessage());
            case WRITE_FAILED -> write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        }
    }

    /** Writes the JSON error body with {@code status}; used by handlers that refuse a request themselves. */
    static void write(Context ctx, HttpStatus status, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status).json(ApiError.of(status.getCode(), message));
    }
}
