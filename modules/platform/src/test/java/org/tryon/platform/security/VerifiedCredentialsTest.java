package org.tryon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADR 0006 (verified credentials): a password proven once is not proven again on every HTTP Basic call. */
class VerifiedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private final VerifiedCredentials memory = new VerifiedCredentials(Duration.ofSeconds(60), 2, now::get);

    @Test
    @DisplayName("a proven password counts until its time to live, and only with the stored hash it was proven against")
    void provenUntilExpiryAndOnlyForTheSameHash() {
        memory.remember("ana", "secret".toCharArray(), "hash-1");
        assertThat(memory.proven("ana", "secret".toCharArray(), "hash-1")).isTrue();
        assertThat(memory.proven("ana", "Secret".toCharArray(), "hash-1"))
                .as("another password")
                .isFalse();
        assertThat(memory.proven("bob", "secret".toCharArray(), "hash-1"))
                .as("another user")
                .isFalse();
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(memory.proven("ana", "secret".toCharArray(), "hash-1")).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(memory.proven("ana", "secret".toCharArray(), "hash-1"))
                .as("60 s after it was proven")
                .isFalse();
        memory.remember("ana", "secret".toCharArray(), "hash-1");
        assertThat(memory.proven("ana", "secret".toCharArray(), "hash-2"))
                .as("the password was changed: the stored hash is another")
                .isFalse();
        assertThat(memory.proven("ana", "secret".toCharArray(), "hash-1"))
                .as("a proof seen with another hash is forgotten")
                .isFalse();
    }

    @Test
    @DisplayName("the oldest proofs are forgotten beyond the maximum; a time to live of zero remembers nothing")
    void boundedAndSwitchable() {
        memory.remember("a", "1".toCharArray(), "h");
        memory.remember("b", "2".toCharArray(), "h");
        assertThat(memory.proven("a", "1".toCharArray(), "h")).isTrue();
        memory.remember("c", "3".toCharArray(), "h");
        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.proven("b", "2".toCharArray(), "h"))
                .as("b was the least recently used")
                .isFalse();
        assertThat(memory.proven("a", "1".toCharArray(), "h")).isTrue();
        VerifiedCredentials none = new VerifiedCredentials(Duration.ZERO, 10, now::get);
        none.remember("a", "1".toCharArray(), "h");
        assertThat(none.proven("a", "1".toCharArray(), "h")).isFalse();
    }

    @Test
    @DisplayName(
            "the identity store proves a right password by PBKDF2 once, a wrong one every time, and reads roles on every call")
    void storeProvesOnce() {
        CountingHash hash = new CountingHash();
        Map<String, String> stored = new HashMap<>(Map.of("ana", "pbkdf2:secret"));
        Map<String, Set<String>> roles = new HashMap<>(Map.of("ana", Set.of("INSPECTOR")));
        TryonIdentityStore store = new TryonIdentityStore() {
            @Override
            String storedHash(String username) {
                return stored.get(username);
            }

            @Override
            Set<String> groups(String username) {
                return roles.get(username);
            }
        };
        store.hash = hash;
        store.credentialSeconds = 60;
        store.credentialUsers = 100;
        store.init();
        hash.verified = 0;

        assertThat(store.validate(new UsernamePasswordCredential("ana", "secret"))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(store.validate(new UsernamePasswordCredential("ana", "secret"))
                        .getCallerGroups())
                .containsExactly("INSPECTOR");
        assertThat(hash.verified).as("proven once").isEqualTo(1);

        assertThat(store.validate(new UsernamePasswordCredential("ana", "wrong"))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("ana", "wrong"))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(hash.verified).as("a wrong password costs PBKDF2 each time").isEqualTo(3);

        roles.put("ana", Set.of("ADMINISTRATOR"));
        assertThat(store.validate(new UsernamePasswordCredential("ana", "secret"))
                        .getCallerGroups())
                .as("a change of roles applies at once")
                .containsExactly("ADMINISTRATOR");
        assertThat(hash.verified).isEqualTo(3);

        stored.put("ana", "pbkdf2:new");
        assertThat(store.validate(new UsernamePasswordCredential("ana", "secret"))
                        .getStatus())
                .as("the password was changed")
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        stored.remove("ana");
        assertThat(store.validate(new UsernamePasswordCredential("ana", "new")).getStatus())
                .as("a deactivated user")
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    /** A stand-in for PBKDF2 whose "hash" of a password is {@code pbkdf2:<password>}, counting the proofs. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        int verified;

        @Override
        public void initialize(Map<String, String> parameters) {}

        @Override
        public String generate(char[] password) {
            return "pbkdf2:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified++;
            return hashedPassword.equals(generate(password));
        }
    }
}
