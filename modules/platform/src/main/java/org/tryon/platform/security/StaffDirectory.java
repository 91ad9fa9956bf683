package org.tryon.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The department's staff as the platform knows them: the active user accounts with their roles. A
 * read for other modules (the TAB is chaired by one of the trade code administrators, 107.2.3); it
 * never shows a password hash.
 */
@ApplicationScoped
public class StaffDirectory {

    /** A staff user: the sign-in name, the name shown, the roles. */
    public record Staff(String username, String displayName, Set<String> roles) implements java.io.Serializable {}

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** The active users holding {@code role}, by name. */
    public List<Staff> withRole(String role) {
        return em
                .createQuery(
                        "select distinct u from UserAccount u join u.roles r where r = :r and u.active = true order by u.displayName",
                        UserAccount.class)
                .setParameter("r", role)
                .getResultList()
                .stream()
                .map(StaffDirectory::staff)
                .toList();
    }

    /** The active user signing in as {@code username}, if any. */
    public Optional<Staff> find(String username) {
        return em.createQuery(
                        "select u from UserAccount u where u.username = :u and u.active = true", UserAccount.class)
                .setParameter("u", username == null ? "" : username.trim())
                .getResultStream()
                .findFirst()
                .map(StaffDirectory::staff);
    }

    private static Staff staff(UserAccount u) {
        return new Staff(u.getUsername(), u.getDisplayName(), u.getRoles());
    }
}
