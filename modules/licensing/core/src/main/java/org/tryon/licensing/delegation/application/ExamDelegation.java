package org.tryon.licensing.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * 107.1.5 C: "The BDC and the Department may delegate the administration of an examination to a
 * qualified industry representative." A user whose only licensing role is {@link Roles#EXAM_DELEGATE}
 * sees and runs only the sessions assigned to them ({@code lic_exam_session.delegate} names the user) whose
 * certificate type the BDC or the department delegated to them on the session's day ({@code lic_delegation});
 * exam administrators and the administrator see everything. Every session-scoped use case asks
 * {@link #requireSession}; every list of sessions filters by {@link #delegateOnly}.
 */
@ApplicationScoped
public class ExamDelegation {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser user;

    /** The delegate's user name when the caller is a delegate (and not an exam administrator), else empty. */
    public Optional<String> delegateOnly() {
        String name = user.name();
        if (CurrentUser.SYSTEM.equals(name)) {
            return Optional.empty();
        }
        try {
            if (security.isCallerInRole(Roles.EXAM_DELEGATE)
                    && !security.isCallerInRole(Roles.EXAM_ADMINISTRATOR)
                    && !security.isCallerInRole(Roles.ADMINISTRATOR)) {
                return Optional.of(name);
            }
        } catch (RuntimeException noCaller) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Refuses (403, naming 107.1.5 C) a delegate acting on a session not delegated to them. */
    public void requireSession(long sessionId) {
        Optional<String> delegate = delegateOnly();
        if (delegate.isEmpty()) {
            return;
        }
        List<?> rows = em.createNativeQuery(
                        "select delegate, certificate_type, session_date from lic_exam_session where id = ?1")
                .setParameter(1, sessionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("session", sessionId);
        }
        Object[] session = (Object[]) rows.get(0);
        if (!delegate.get().equals(session[0])) {
            throw new NotAllowedException("107.1.5 C: session " + sessionId + " is not delegated to " + delegate.get());
        }
        // the delegations register (107.1.5 C): the session's certificate type must be delegated to them on its day
        Number covering = (Number)
                em.createNativeQuery("select count(*) from lic_delegation where delegate = ?1 and certificate_type = ?2"
                                + " and valid_from <= ?3 and (valid_until is null or valid_until >= ?3)")
                        .setParameter(1, delegate.get())
                        .setParameter(2, session[1])
                        .setParameter(3, session[2])
                        .getSingleResult();
        if (covering.longValue() == 0) {
            throw new NotAllowedException("107.1.5 C: the administration of " + session[1] + " examinations on "
                    + session[2] + " is not delegated to " + delegate.get());
        }
    }

    /** The certificate types delegated to {@code delegate} on {@code day} (the delegations register, 107.1.5 C). */
    public List<String> delegatedTypes(String delegate, java.time.LocalDate day) {
        return em
                .createNativeQuery(
                        "select distinct certificate_type from lic_delegation where delegate = ?1 and valid_from <= ?2"
                                + " and (valid_until is null or valid_until >= ?2) order by certificate_type")
                .setParameter(1, delegate)
                .setParameter(2, day)
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList();
    }

    /** Whether results of {@code sessionId} were produced under delegation (the county reviews them before certificates issue). */
    public boolean delegated(long sessionId) {
        List<?> rows = em.createNativeQuery("select delegate from lic_exam_session where id = ?1")
                .setParameter(1, sessionId)
                .getResultList();
        return !rows.isEmpty() && rows.get(0) != null;
    }
}
