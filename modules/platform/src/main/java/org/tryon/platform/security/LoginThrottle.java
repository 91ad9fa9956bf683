package org.tryon.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (ADR 0022): after {@code maxFailures} wrong passwords for one user
 * name (whether or not the user exists) or {@code maxFailuresPerAddress} from one client address
 * within {@code window}, sign-in with that name or from that address is refused, without checking
 * the password, for {@code lock}, doubling with each further wrong password up to {@code maxLock}.
 * A right password outside a lock clears the user name's count. Kept in memory: a restart forgets
 * (one application instance, ADR 0001).
 */
public class LoginThrottle {

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lock;
    private final Duration maxLock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Duration lock, Duration maxLock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lock = lock;
        this.maxLock = maxLock;
    }

    /** How long sign-in for this user name from this address stays refused; zero when it may be tried. */
    public Duration lockedFor(String username, String address, Instant now) {
        Duration user = remaining(byUser.get(key(username)), now);
        Duration client = remaining(byAddress.get(address == null ? "" : address), now);
        return user.compareTo(client) >= 0 ? user : client;
    }

    public void failed(String username, String address, Instant now) {
        forgetOld(now);
        byUser.compute(key(username), (k, f) -> next(f, now, maxFailures));
        byAddress.compute(address == null ? "" : address, (k, f) -> next(f, now, maxFailuresPerAddress));
    }

    public void succeeded(String username) {
        byUser.remove(key(username));
    }

    private Failures next(Failures f, Instant now, int max) {
        int count = f == null || f.last.plus(window).isBefore(now) ? 1 : f.count + 1;
        Instant until = null;
        if (count >= max) {
            long factor = 1L << Math.min(20, count - max);
            Duration d = lock.multipliedBy(factor);
            until = now.plus(d.compareTo(maxLock) > 0 ? maxLock : d);
        }
        return new Failures(count, now, until);
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || f.lockedUntil == null || !f.lockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil);
    }

    /** Keeps the maps small: counts older than the window and ended locks go. */
    private void forgetOld(Instant now) {
        if (byUser.size() + byAddress.size() < 10_000) {
            return;
        }
        byUser.values()
                .removeIf(f ->
                        f.last.plus(window).isBefore(now) && remaining(f, now).isZero());
        byAddress
                .values()
                .removeIf(f ->
                        f.last.plus(window).isBefore(now) && remaining(f, now).isZero());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}
}
