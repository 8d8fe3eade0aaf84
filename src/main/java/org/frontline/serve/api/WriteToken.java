package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The token that writes need ({@code Authorization: Bearer TOKEN}). Compared in constant time
 * (digests of equal length through {@link MessageDigest#isEqual}); no token configured means
 * writes are off.
 */
final class WriteToken {
    private final byte[] digest;

    WriteToken(String token) {
        this.digest = token == null || token.isBlank() ? null : sha256(token);
    }

    void check(HttpExchange ex) {
        if (digest == null) {
            throw new BadRequest(403, "writes are disabled: start the server with --token or FRONTLINE_TOKEN");
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        // the scheme name is case-insensitive (RFC 9110 §11.1): "bearer" is as good as "Bearer"
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(digest, sha256(given))) {
            throw new BadRequest(401, "a valid write token is needed: Authorization: Bearer <token>");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
