package org.tryon.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users and their roles live in MariaDB; passwords are PBKDF2-HMAC-SHA256 hashes with a random
 * salt per user and {@value #ITERATIONS} iterations.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/tryon",
        callerQuery = "select password_hash from plat_user where username = ? and active = 1",
        groupsQuery = "select r.role from plat_user_role r join plat_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=" + IdentityConfiguration.ITERATIONS,
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
public class IdentityConfiguration {

    public static final int ITERATIONS = 100_000;
}
