package org.tryon.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * One demo user per role, created once when demo data is enabled ({@code tryon.demo=true}, as the
 * start command does) and the user does not exist yet. Never enabled in production.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    /** username: display name, role. The password of each is {@code <username>-demo}. */
    public static final Map<String, String[]> USERS = Map.of(
            "tech", new String[] {"Pat Technician", Roles.PERMIT_TECHNICIAN},
            "reviewer", new String[] {"Rene Reviewer", Roles.PLAN_REVIEWER},
            "inspector", new String[] {"Ines Inspector", Roles.INSPECTOR},
            "tca", new String[] {"Tomas Trade-Code-Administrator", Roles.TRADE_CODE_ADMINISTRATOR},
            "director", new String[] {"Dana Director", Roles.ADMINISTRATOR},
            "clerk", new String[] {"Cora Clerk", Roles.COMMISSION_CLERK},
            "examiner", new String[] {"Ezra Examiner", Roles.EXAM_ADMINISTRATOR},
            "delegate", new String[] {"Dell Delegate", Roles.EXAM_DELEGATE});

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo) {
            return;
        }
        hash.initialize(IdentityConfiguration.hashParameters());
        USERS.forEach((username, details) -> {
            Long exists = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                    .setParameter("u", username)
                    .getSingleResult();
            if (exists == 0) {
                em.persist(new UserAccount(
                        username, details[0], hash.generate((username + "-demo").toCharArray()), Set.of(details[1])));
                LOG.info("Demo user " + username + " (" + details[1] + ") created");
            }
        });
    }
}
