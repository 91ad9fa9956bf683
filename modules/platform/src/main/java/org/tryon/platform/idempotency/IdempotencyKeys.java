package org.tryon.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** The rules of the {@code Idempotency-Key} header (ADR 0025): which requests it applies to, which keys are valid. */
public final class IdempotencyKeys {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** The answer header of a replayed answer. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The longest key. */
    public static final int MAX_LENGTH = 255;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private IdempotencyKeys() {}

    /** Whether a request of this method to this path (without the context path) may carry a key: a write of /api/v1. */
    public static boolean applies(String method, String path) {
        return method != null && WRITES.contains(method.toUpperCase()) && path != null && path.startsWith("/api/v1/");
    }

    /**
     * Why the header's value is not a key, or null when it is one: 1 to {@value #MAX_LENGTH} printable ASCII characters
     * (a space inside is allowed, not at either end).
     */
    public static String problem(String key) {
        if (key == null || key.isEmpty()) {
            return HEADER + " must not be empty";
        }
        if (key.length() > MAX_LENGTH) {
            return HEADER + " must be at most " + MAX_LENGTH + " characters";
        }
        if (!key.strip().equals(key)) {
            return HEADER + " must not begin or end with a space";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return HEADER + " must be printable ASCII characters";
            }
        }
        return null;
    }

    /** SHA-256 in hex of the request: its method, its path with the query, its body. */
    public static String hash(String method, String pathAndQuery, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(method.toUpperCase().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ' ');
            sha.update(pathAndQuery.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
