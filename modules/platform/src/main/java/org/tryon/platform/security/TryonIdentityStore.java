package org.tryon.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users of {@code plat_user} and their roles ({@code plat_user_role}), checked against their
 * PBKDF2 hash (ADR 0006). An unknown or inactive user name is checked against a dummy hash of the
 * same cost, so that a wrong password takes as long for a name that does not exist as for one that
 * does: the answer time does not tell which user names exist (ADR 0022). It validates and provides
 * the groups (the default validation types): with {@code VALIDATE} alone the identity store handler
 * would drop the groups of the result.
 *
 * <p>A password proven by PBKDF2 is remembered for {@code tryon.security.credential-seconds} (default 60 s) against
 * the stored hash it was proven with ({@link VerifiedCredentials}), so that HTTP Basic, which sends it with every call,
 * does not cost 100,000 iterations per call; the stored hash and the roles are still read on every call, so a changed
 * password, a deactivated user or a change of roles applies at once (ADR 0006).
 */
@ApplicationScoped
public class TryonIdentityStore implements IdentityStore {

    static final String CALLER_QUERY = "select password_hash from plat_user where username = ? and active = 1";
    static final String GROUPS_QUERY =
            "select r.role from plat_user_role r join plat_user u on u.id = r.user_id where u.username = ?";

    @Resource(lookup = "java:app/jdbc/tryon")
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "tryon.security.credential-seconds", defaultValue = "60")
    int credentialSeconds;

    @Inject
    @ConfigProperty(name = "tryon.security.credential-users", defaultValue = "10000")
    int credentialUsers;

    private String dummyHash;

    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        hash.initialize(IdentityConfiguration.hashParameters());
        dummyHash = hash.generate("no user has this password".toCharArray());
        verified = new VerifiedCredentials(Duration.ofSeconds(credentialSeconds), credentialUsers, System::nanoTime);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = up.getCaller();
        String stored = username == null || username.length() > 200 ? null : storedHash(username);
        char[] password = up.getPassword().getValue();
        if (stored != null && verified.proven(username, password, stored)) {
            return new CredentialValidationResult(username, groups(username));
        }
        boolean matches;
        try {
            matches = hash.verify(password, stored == null ? dummyHash : stored);
        } catch (RuntimeException unreadableHash) {
            matches = false;
        }
        if (stored == null || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(username, password, stored);
        return new CredentialValidationResult(username, groups(username));
    }

    String storedHash(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(CALLER_QUERY)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the user " + username, e);
        }
    }

    Set<String> groups(String username) {
        Set<String> groups = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(GROUPS_QUERY)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    groups.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the roles of " + username, e);
        }
        return groups;
    }
}
