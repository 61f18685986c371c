package org.fupin.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (requests it refuses before Javalin sees them: an over-long URL or header block, an
 * unparsable request line, bad percent-encoding) in the API's JSON shape instead of Jetty's HTML page, and never with
 * a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String JSON = "application/json; charset=utf-8";
    static final String LINE_BREAK_IN_REQUEST_LINE = "malformed request line: it ends before the HTTP version"
            + " (a line break inside the URL?); percent-encode line breaks as %0A";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Jetty writes error bodies only for GET, POST and HEAD by default; a PUT refused by Jetty deserves one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(
            Request request,
            Response response,
            Callback callback,
            String contentType,
            List<Charset> charsets,
            int code,
            String message,
            Throwable cause) {
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 && message != null && message.contains("HTTP/0.9")) {
            // A line break inside the request line ends it early: Jetty then sees a request line without a version,
            // that is HTTP/0.9, and answers 505. No client sends HTTP/0.9; the request is malformed, like any other.
            code = HttpStatus.BAD_REQUEST_400;
            message = LINE_BREAK_IN_REQUEST_LINE;
            response.setStatus(code);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String reason) {
        String message = explain(status, reason);
        try {
            return App.objectMapper().writeValueAsBytes(ApiError.of(status, message));
        } catch (JsonProcessingException e) {
            return ("{\"error\":{\"status\":" + status + ",\"message\":\"request refused\"}}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String explain(int status, String reason) {
        // Jetty's reason is short ("Illegal character", "URI Too Long"); anything that looks like an exception is not
        // for clients.
        boolean usable = reason != null
                && !reason.isBlank()
                && reason.length() < 200
                && !reason.contains("Exception")
                && !reason.contains("\n");
        String what = usable ? reason : HttpStatus.getMessage(status);
        return switch (status) {
            case 414, 431 ->
                what + ": the URL and headers may be at most " + App.MAX_REQUEST_HEADER_BYTES / 1024
                        + " KiB (q itself is limited to 1,000 characters)";
            case 413 -> what + ": request bodies may be at most " + App.MAX_REQUEST_BODY_BYTES / 1024 + " KiB";
            default -> what;
        };
    }
}
