package org.tryon.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short memory of passwords already proven against their PBKDF2 hash (ADR 0006, amendment of the performance
 * work): HTTP Basic sends the password with every call, and proving it costs 100,000 PBKDF2 iterations (60-70 ms of
 * CPU) each time. A password proven once is remembered for a short while as an HMAC-SHA256 under a key that exists only
 * in this process's memory (never the password itself), together with the stored hash it was proven against.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A remembered proof counts only while the user's stored hash is still the one it was proven against: a changed
 *       password (or a deactivated user, whose hash the store no longer reads) is proven again in full.
 *   <li>It is forgotten after its time to live (measured on the JVM's monotonic clock, not the county's calendar), and
 *       the oldest proofs are forgotten first when more than the maximum are kept.
 *   <li>A wrong password is never remembered and always costs a full PBKDF2 check, so the answer time of a wrong
 *       password is the same as before (ADR 0022).
 *   <li>Roles are not remembered here: the store reads them on every call, so a change of roles applies at once.
 * </ul>
 */
public final class VerifiedCredentials {

    private record Proof(String storedHash, byte[] mac, long expiresAtNanos) {}

    private final long ttlNanos;
    private final int maximum;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    private final Map<String, Proof> proofs;

    /**
     * @param timeToLive how long a proof is remembered; zero remembers nothing
     * @param maximum how many users' proofs are kept at most
     * @param nanoTime the monotonic clock ({@code System::nanoTime} outside tests)
     */
    public VerifiedCredentials(Duration timeToLive, int maximum, LongSupplier nanoTime) {
        if (timeToLive.isNegative() || maximum < 1) {
            throw new IllegalArgumentException(
                    "time to live >= 0 and maximum >= 1, got " + timeToLive + ", " + maximum);
        }
        this.ttlNanos = timeToLive.toNanos();
        this.maximum = maximum;
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.proofs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Proof> eldest) {
                return size() > VerifiedCredentials.this.maximum;
            }
        };
    }

    /** Whether this password was proven against this stored hash within the time to live. */
    public synchronized boolean proven(String username, char[] password, String storedHash) {
        Proof proof = proofs.get(username);
        if (proof == null) {
            return false;
        }
        if (nanoTime.getAsLong() - proof.expiresAtNanos() >= 0
                || !proof.storedHash().equals(storedHash)) {
            proofs.remove(username);
            return false;
        }
        return MessageDigest.isEqual(proof.mac(), mac(username, password));
    }

    /** Remembers that PBKDF2 proved this password against this stored hash. */
    public synchronized void remember(String username, char[] password, String storedHash) {
        if (ttlNanos == 0) {
            return;
        }
        proofs.put(username, new Proof(storedHash, mac(username, password), nanoTime.getAsLong() + ttlNanos));
    }

    synchronized int size() {
        return proofs.size();
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
