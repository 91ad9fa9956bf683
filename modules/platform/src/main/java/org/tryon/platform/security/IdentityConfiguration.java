package org.tryon.platform.security;

import java.util.Map;

/**
 * Users and their roles live in MariaDB; passwords are PBKDF2-HMAC-SHA256 hashes with a random
 * salt per user and {@value #ITERATIONS} iterations ({@link TryonIdentityStore} checks them,
 * {@link DemoUsers} makes them).
 */
public final class IdentityConfiguration {

    public static final int ITERATIONS = 100_000;

    private IdentityConfiguration() {}

    /** The parameters of {@code Pbkdf2PasswordHash.initialize}. */
    public static Map<String, String> hashParameters() {
        return Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32");
    }
}
