package org.fupin.bench.fuzz;

import java.nio.charset.StandardCharsets;
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
    byte[] bytes() {
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
