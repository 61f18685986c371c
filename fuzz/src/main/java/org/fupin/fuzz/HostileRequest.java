package org.fupin.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One request as bytes on the wire: {@code METHOD target VERSION}, then {@code headers} (each line ending in CRLF).
 * The target is sent verbatim, so it may hold raw control bytes, line breaks or invalid UTF-8.
 *
 * @param method  the HTTP method
 * @param target  the request target, verbatim
 * @param version the protocol token, usually {@code HTTP/1.1}
 * @param headers extra header lines, each ending in CRLF (may be empty)
 */
public record HostileRequest(String method, byte[] target, String version, String headers) {

    /**
     * What is wrong with {@code reply} as the answer to this request, or null when nothing is: a 5xx other than the
     * documented 503 (busy, over time) and 505 (unknown HTTP version), an error answer (but to HEAD, which has no
     * body) not in the API's JSON error shape, a stack trace in the body, or a 2xx answer to a GET of the API that is
     * not JSON.
     */
    public String problem(RawHttp.Reply reply) {
        int status = reply.status();
        if (status >= 500 && status != 503 && status != 505) {
            return "server error " + status;
        }
        if (status >= 400 && !method.equals("HEAD") && !reply.isJsonError()) {
            return status + " without the JSON error body";
        }
        if (reply.hasStackTrace()) {
            return "stack trace text in the answer";
        }
        boolean apiGet = method.equals("GET") && version.equals("HTTP/1.1") && startsWith(target, "/api/");
        if (status >= 200 && status < 300 && apiGet && reply.json() == null) {
            return "2xx API answer that is not JSON";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= p.length && Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }

    /** The request line and headers as printable text (control and high bytes as {@code \xNN}), cut at 300 chars. */
    public String describe() {
        StringBuilder out = new StringBuilder(method).append(' ');
        for (byte b : target) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format(Locale.ROOT, "\\x%02X", c));
            if (out.length() > 300) {
                return out.append("…").toString();
            }
        }
        out.append(' ').append(version);
        if (!headers.isEmpty()) {
            out.append(" | ").append(headers.strip().replace("\r\n", " | "));
        }
        return out.toString();
    }

    /** The bytes sent: request line, Host, Connection: close, the extra headers, the blank line. */
    public byte[] bytes() {
        byte[] start = (method + " ").getBytes(StandardCharsets.ISO_8859_1);
        byte[] rest = (" " + version + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + target.length + rest.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(target, 0, all, start.length, target.length);
        System.arraycopy(rest, 0, all, start.length + target.length, rest.length);
        return all;
    }
}
