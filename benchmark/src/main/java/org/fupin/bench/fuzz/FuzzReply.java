package org.fupin.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One answer to a {@link HostileRequest}, read over a plain socket (the JDK's HTTP client refuses to send such
 * requests).
 *
 * @param status      the status code
 * @param contentType the Content-Type header, or "" when absent
 * @param body        the body as UTF-8 text (chunked bodies joined)
 * @param millis      time from connecting to the last byte
 */
public record FuzzReply(int status, String contentType, String body, long millis) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sends {@code request} to 127.0.0.1:{@code port} and reads the whole answer (the request asks to close). */
    public static FuzzReply send(int port, HostileRequest request) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.bytes());
                out.flush();
            } catch (SocketException e) {
                // The server may answer an over-long request (414, 431) and close before it is all sent ("Broken
                // pipe"); its answer is still there to read.
            }
            return parse(readAll(socket.getInputStream()), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** True for an error answer in the API's shape: JSON {@code {"error":{"status":N,"message":"…"}}} with N = status. */
    public boolean isJsonError() {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.path("status").asInt() == status
                    && error.path("message").isTextual()
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the body looks like a Java stack trace. */
    public boolean hasStackTrace() {
        return body.contains("\tat ") || body.contains("Exception:") || body.contains(".java:");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // The server may reset after answering a request it refused; what arrived is the answer.
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    private static FuzzReply parse(byte[] response, long millis) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headerEnd < 0) {
            throw new IOException("not an HTTP response: " + text.substring(0, Math.min(200, text.length())));
        }
        String contentType = "";
        boolean chunked = false;
        String[] lines = text.substring(0, headerEnd).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String lower = lines[i].toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = lines[i].substring("content-type:".length()).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        int bodyStart = headerEnd + 4;
        byte[] body = chunked
                ? dechunk(response, bodyStart)
                : java.util.Arrays.copyOfRange(response, bodyStart, response.length);
        return new FuzzReply(
                Integer.parseInt(lines[0].substring(9, 12)),
                contentType,
                new String(body, StandardCharsets.UTF_8),
                millis);
    }

    private static byte[] dechunk(byte[] bytes, int pos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (pos < bytes.length) {
            int lineEnd = pos;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= bytes.length) {
                break;
            }
            String size = new String(bytes, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, Math.min(n, bytes.length - lineEnd - 2));
            pos = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }
}
