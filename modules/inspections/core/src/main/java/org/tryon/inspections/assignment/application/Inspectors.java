package org.tryon.inspections.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tryon.inspections.assignment.domain.InspectionDistrict;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/** The inspectors' records (kept by the administrator) and the districts they cover. */
@ApplicationScoped
@Transactional
public class Inspectors {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Supervision supervision;

    @Inject
    AuditHistory audit;

    /** Every inspector, active first, by name. */
    public List<InspectorView> list() {
        return em
                .createQuery("select i from Inspector i order by i.active desc, i.displayName, i.id", Inspector.class)
                .getResultList()
                .stream()
                .map(InspectorView::of)
                .toList();
    }

    public InspectorView get(long id) {
        return InspectorView.of(find(id));
    }

    /** The inspector whose login is {@code userName}, if there is one. */
    public Optional<InspectorView> ofUser(String userName) {
        return em.createQuery("select i from Inspector i where i.userName = :u", Inspector.class)
                .setParameter("u", userName)
                .getResultStream()
                .findFirst()
                .map(InspectorView::of);
    }

    public InspectorView create(SaveInspector command) {
        supervision.requireAdministrator("Only the administrator keeps the inspectors' records");
        Inputs.valid(validator, command);
        checkReferences(command, null);
        Inspector inspector = new Inspector(profile(command));
        em.persist(inspector);
        em.flush();
        return InspectorView.of(inspector);
    }

    /**
     * Changes an inspector's record. Requests already assigned stay with them (a supervisor moves
     * them on the board, which flags an inactive inspector's requests); new requests follow the new
     * trades, districts and capacity.
     */
    public InspectorView update(long id, SaveInspector command) {
        supervision.requireAdministrator("Only the administrator keeps the inspectors' records");
        Inputs.valid(validator, command);
        Inspector inspector = find(id);
        checkReferences(command, id);
        inspector.update(profile(command));
        em.flush();
        return InspectorView.of(inspector);
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(Inspector.class, id);
    }

    public List<DistrictView> districts() {
        return em
                .createQuery("select d from InspectionDistrict d order by d.code", InspectionDistrict.class)
                .getResultList()
                .stream()
                .map(DistrictView::of)
                .toList();
    }

    private void checkReferences(SaveInspector command, Long self) {
        List<Violation> refusals = new ArrayList<>();
        Set<String> known = new TreeSet<>(em.createQuery("select d.code from InspectionDistrict d", String.class)
                .getResultList());
        command.districts().stream()
                .filter(d -> !known.contains(d))
                .forEach(d -> refusals.add(new Violation(
                        "districts",
                        "exists",
                        "There is no district '" + d + "' (districts: " + String.join(", ", known) + ")")));
        if (command.userName() != null && !command.userName().isBlank()) {
            boolean taken = !em.createQuery(
                            "select i.id from Inspector i where i.userName = :u and (:self is null or i.id <> :self)",
                            Long.class)
                    .setParameter("u", command.userName().trim())
                    .setParameter("self", self)
                    .getResultList()
                    .isEmpty();
            if (taken) {
                refusals.add(new Violation(
                        "userName",
                        "inspector.user-name-unique",
                        "Another inspector already has the login '"
                                + command.userName().trim() + "'"));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
    }

    private static Inspector.Profile profile(SaveInspector c) {
        return new Inspector.Profile(
                c.userName(),
                c.displayName(),
                c.phone(),
                c.trades(),
                c.districts(),
                c.dailyCapacity(),
                c.active() == null || c.active());
    }

    Inspector find(long id) {
        Inspector i = em.find(Inspector.class, id);
        if (i == null) {
            throw new RecordNotFoundException("inspector", id);
        }
        return i;
    }
}
