package org.fupin.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.fupin.index.IndexBuilder;
import org.fupin.search.SearchException;

/** {@code POST /api/admin/reindex}: rebuilds the served index from the seeds folder, for holders of the token. */
final class AdminHandler {

    private static final String BEARER = "Bearer ";
    private static final String ALLOW_SHRINK = "allow_shrink";

    private final AdminConfig admin;
    private final byte[] tokenDigest;

    AdminHandler(AdminConfig admin) {
        this.admin = admin;
        this.tokenDigest = admin.enabled() ? sha256(admin.token()) : null;
    }

    void reindex(Context ctx) throws Exception {
        if (!admin.enabled()) {
            ErrorMapping.write(
                    ctx,
                    HttpStatus.NOT_FOUND,
                    "the admin API is disabled: start the server with"
                            + " --admin-token or FUPIN_ADMIN_TOKEN to enable POST /api/admin/reindex");
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            ErrorMapping.write(
                    ctx, HttpStatus.UNAUTHORIZED, "send the admin token as 'Authorization: Bearer" + " <token>'");
            return;
        }
        // Comparing fixed-length digests keeps the time independent of where (or whether) the tokens differ.
        if (!MessageDigest.isEqual(
                tokenDigest, sha256(authorization.substring(BEARER.length()).strip()))) {
            ErrorMapping.write(ctx, HttpStatus.FORBIDDEN, "the admin token is not correct");
            return;
        }
        ctx.json(admin.reindexer().rebuild(shrink(ctx)));
    }

    /** The one parameter: {@code allow_shrink=true} replaces the index even with an empty or much smaller one. */
    private static IndexBuilder.Shrink shrink(Context ctx) {
        Parameters.allowOnly(ctx, List.of(ALLOW_SHRINK));
        String value = Parameters.single(ctx, ALLOW_SHRINK);
        if (value == null || value.equals("false")) {
            return IndexBuilder.Shrink.REFUSE;
        }
        if (value.equals("true")) {
            return IndexBuilder.Shrink.ALLOW;
        }
        throw SearchException.badRequest(ALLOW_SHRINK + " must be true or false, not '" + value + "'");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
