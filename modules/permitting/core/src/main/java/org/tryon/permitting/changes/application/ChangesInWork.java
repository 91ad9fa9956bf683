package org.tryon.permitting.changes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tryon.permitting.api.ChangeInWorkApproved;
import org.tryon.permitting.api.ChangeInWorkId;
import org.tryon.permitting.changes.domain.ChangeRequest;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.money.Money;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * 108.8.2 Changes in Work: requests on an issued permit, the Department's written approval or
 * refusal, revised plans through plan review when the change is substantial, and the additional
 * fee of 108.9 posted by fees.
 */
@ApplicationScoped
@Transactional
public class ChangesInWork {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Projects projects;

    @Inject
    EventPublisher events;

    @Inject
    Letterhead letterhead;

    public ChangeView request(long permitId, RequestChange command) {
        Inputs.valid(validator, command);
        Permit permit = permit(permitId);
        int cycle = projects.latestPlans(permit.getProject())
                .map(org.tryon.permitting.plans.domain.PlanSubmission::getCycle)
                .orElse(0);
        ChangeRequest change = new ChangeRequest(
                permitId,
                permit.getStatus(),
                cycle,
                command.requestedBy(),
                command.description(),
                LocalDate.now(clock));
        em.persist(change);
        return ChangeView.of(change);
    }

    /** 108.8.2: the CEO (a trade code administrator or the administrator) decides. */
    public ChangeView decide(long changeId, DecideChange command) {
        user.requireAnyRole(
                "108.8.2: a code enforcement official decides on changes in work",
                Roles.INSPECTOR,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        ChangeRequest change = find(changeId);
        Permit permit = permit(change.getPermitId());
        LocalDate today = LocalDate.now(clock);
        if (command.approve()) {
            Money fee = command.additionalFee() == null ? Money.ZERO : Money.of(command.additionalFee());
            change.approve(
                    command.substantial(),
                    fee,
                    command.note(),
                    projects.latestPlans(permit.getProject()).orElse(null),
                    user.name(),
                    today);
            events.publishDurably(new ChangeInWorkApproved(
                    UUID.randomUUID(),
                    clock.instant(),
                    new ChangeInWorkId(change.getId()),
                    new PermitId(permit.getId()),
                    permit.getNumber(),
                    permit.holder(),
                    command.substantial(),
                    fee,
                    today));
        } else {
            change.refuse(command.note(), user.name(), today);
        }
        return ChangeView.of(change);
    }

    public List<ChangeView> forPermit(long permitId) {
        permit(permitId);
        return em
                .createQuery("select c from ChangeRequest c where c.permitId = :p order by c.id", ChangeRequest.class)
                .setParameter("p", permitId)
                .getResultList()
                .stream()
                .map(ChangeView::of)
                .toList();
    }

    /** 108.8.2: the Department's written decision, as a PDF. */
    public byte[] decisionPdf(long changeId) {
        ChangeRequest change = find(changeId);
        Permit permit = permit(change.getPermitId());
        var doc = letterhead
                .document(
                        change.getState() == ChangeRequest.State.REFUSED
                                ? "Change in work refused"
                                : change.getState() == ChangeRequest.State.APPROVED
                                        ? "Written approval of a change in work"
                                        : "Change in work requested")
                .reference("CW-" + change.getId())
                .dated(change.getDecidedOn() == null ? change.getRequestedOn() : change.getDecidedOn())
                .addressee(permit.holder().name(), List.of(permit.getAddress().toString()))
                .fact("Permit", permit.getNumber())
                .fact("Requested on", UsFormat.date(change.getRequestedOn()))
                .fact("Requested by", change.getRequestedBy())
                .section("The change (108.8.2)", change.getDescription());
        if (change.getState() == ChangeRequest.State.APPROVED) {
            doc.fact(
                    "Substantial",
                    Boolean.TRUE.equals(change.getSubstantial())
                            ? "yes; revised plans approved in review cycle " + change.getRevisedPlansCycle()
                            : "no");
            doc.fact("Additional fee (108.9)", change.getAdditionalFee().toString());
        }
        if (change.getDecisionNote() != null) {
            doc.section("Decision", change.getDecisionNote());
        }
        if (change.getDecidedBy() != null) {
            doc.signature(change.getDecidedBy(), "Code Enforcement Official");
        }
        return doc.render();
    }

    private ChangeRequest find(long id) {
        ChangeRequest change = em.find(ChangeRequest.class, id);
        if (change == null) {
            throw new RecordNotFoundException("change in work", id);
        }
        return change;
    }

    private Permit permit(long id) {
        Permit permit = em.find(Permit.class, id);
        if (permit == null) {
            throw new RecordNotFoundException("permit", id);
        }
        return permit;
    }
}
