package org.fupin.fuzz;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, so a client can send bytes that {@code java.net.http} refuses to (raw
 * control characters, invalid percent-encoding, lone surrogates as raw UTF-8, spaces or line breaks in the request
 * line, versions that do not exist). Every request asks the server to close the connection.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One response.
     *
     * @param status  the status code
     * @param headers header names in lower case to the last value
     * @param body    the body as UTF-8 text (chunked bodies joined)
     * @param millis  time from connecting to the last byte
     */
    public record Reply(int status, Map<String, String> headers, String body, long millis) {

        /** The body as JSON, or null when it is not JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        /** A header's value, or null when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The Content-Type header, or "" when absent. */
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        /** True for an error in the API's shape: JSON {@code {"error":{"status":N,"message":"…"}}} with N = status. */
        public boolean isJsonError() {
            JsonNode error = json() == null ? null : json().path("error");
            return error != null
                    && error.path("status").asInt() == status
                    && error.path("message").isTextual()
                    && !error.path("message").asText().isBlank()
                    && contentType().toLowerCase(Locale.ROOT).startsWith("application/json");
        }

        /** True when the body looks like a Java stack trace. */
        public boolean hasStackTrace() {
            return body.contains("\tat ")
                    || body.contains("Exception")
                    || body.contains(".java:")
                    || body.contains("at org.")
                    || body.contains("at java.");
        }
    }

    private RawHttp() {}

    /** Sends {@code request} and reads the whole answer. */
    public static Reply send(int port, HostileRequest request) throws IOException {
        return exchange(port, request.bytes());
    }

    /**
     * Sends {@code method target HTTP/1.1} (the target as raw bytes, sent verbatim) with {@code extraHeaders} (each
     * line ending in CRLF) and {@code body}.
     */
    public static Reply send(int port, String method, byte[] target, String extraHeaders, byte[] body)
            throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(new HostileRequest(
                        method,
                        target,
                        "HTTP/1.1",
                        extraHeaders + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : ""))
                .bytes());
        request.writeBytes(body);
        return exchange(port, request.toByteArray());
    }

    /** A GET of a target given as a Java string whose chars are all below 256 (one byte each). */
    public static Reply get(int port, String target) throws IOException {
        return send(port, "GET", target.getBytes(StandardCharsets.ISO_8859_1), "", new byte[0]);
    }

    private static Reply exchange(int port, byte[] request) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException e) {
                // The server may answer an over-long request (413, 414, 431) and close before it is all sent
                // ("Broken pipe"); its answer is still there to read.
            }
            byte[] response = readAll(socket.getInputStream());
            return parse(response, (System.nanoTime() - started) / 1_000_000);
        }
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

    private static Reply parse(byte[] response, long millis) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headerEnd < 0) {
            throw new IOException("not an HTTP response: " + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, headerEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = Arrays.copyOfRange(response, headerEnd + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, Map.copyOf(headers), new String(body, StandardCharsets.UTF_8), millis);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, pos);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0];
            int size = Integer.parseInt(sizeText.strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
