package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tryon.permitting.machinery.domain.ExceptionNotice;
import org.tryon.permitting.machinery.domain.MachineryAppeal;
import org.tryon.permitting.machinery.domain.MachineryAuthority;
import org.tryon.permitting.machinery.domain.MachineryEscalation;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;

/**
 * What the industrial machinery use cases share: the caller's role check ({@link MachineryAuthority}),
 * the command's input check, who acts today in which office, and finding the records (404 when
 * unknown). It runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class MachineryContext {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    SecurityContext security;

    /** Refuses (403) unless the caller may, then (400) unless the command is valid. */
    <T> T allowed(Set<String> roles, String action, T command) {
        MachineryAuthority.require(roles, security::isCallerInRole, action);
        return Inputs.valid(validator, command);
    }

    Act act() {
        return new Act(
                LocalDate.now(clock),
                clock.instant(),
                user.name(),
                MachineryAuthority.office(security::isCallerInRole));
    }

    EntityManager em() {
        return em;
    }

    Permit permit(long permitId) {
        return found(em.find(Permit.class, permitId), "permit", permitId);
    }

    MachineryItem item(long itemId) {
        return found(em.find(MachineryItem.class, itemId), "industrial machinery item", itemId);
    }

    /** An item named in a command about a permit: it must be on that permit's list (422 otherwise, naming the field). */
    MachineryItem itemOf(long permitId, Long itemId, String field) {
        MachineryItem item = em.find(MachineryItem.class, itemId);
        if (item == null || !item.getPermitId().equals(permitId)) {
            throw new RuleViolationException(
                    field,
                    "108.10 G.1 listed",
                    "Item id " + itemId + " is not on the industrial machinery list of this permit");
        }
        return item;
    }

    MachineryEscalation escalation(long id) {
        return found(em.find(MachineryEscalation.class, id), "referral to the trade chief", id);
    }

    MachineryAppeal appeal(long id) {
        return found(em.find(MachineryAppeal.class, id), "industrial machinery appeal", id);
    }

    ExceptionNotice notice(long id) {
        return found(em.find(ExceptionNotice.class, id), "notice of exceptions", id);
    }

    /** The permit's items, in number order. */
    List<MachineryItem> items(long permitId) {
        return em.createQuery(
                        "select i from MachineryItem i where i.permitId = :p order by i.number", MachineryItem.class)
                .setParameter("p", permitId)
                .getResultList();
    }

    private static <T> T found(T record, String type, long id) {
        if (record == null) {
            throw new RecordNotFoundException(type, id);
        }
        return record;
    }
}
