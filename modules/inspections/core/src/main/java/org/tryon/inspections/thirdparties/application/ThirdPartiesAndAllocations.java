package org.tryon.inspections.thirdparties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.inspections.thirdparties.domain.InspectionAllocation;
import org.tryon.inspections.thirdparties.domain.ThirdPartyInspector;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * The registry of department-approved third parties (108.10 F.2.2.1) and the inspections included in
 * a permit's base fee (108.10.4). Both are kept by a trade code administrator or the administrator.
 */
@ApplicationScoped
@Transactional
public class ThirdPartiesAndAllocations {

    private static final String REFUSAL =
            "108.10 F.2.2.1, 108.10.4: only a trade code administrator or the administrator keeps this";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public record ApproveThirdParty(
            @NotBlank @Size(max = 200) String name,
            @NotNull ThirdPartyInspector.Kind kind,
            @NotBlank @Size(max = 60) String licenseNumber,

            @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
            String phone,

            LocalDate approvedOn)
            implements java.io.Serializable {}

    public record Withdraw(
            LocalDate on, @NotBlank @Size(max = 500) String reason) implements java.io.Serializable {}

    public record ThirdPartyView(
            long id,
            String name,
            String kind,
            String licenseNumber,
            String phone,
            LocalDate approvedOn,
            String approvedBy,
            LocalDate withdrawnOn,
            String withdrawalReason,
            boolean approvedToday)
            implements java.io.Serializable {}

    public record SetAllocation(
            @NotNull Long permitId,
            @NotNull InspectionAllocation.Basis basis,
            @NotNull Integer includedInspections) implements java.io.Serializable {}

    public record AllocationView(
            long permitId,
            String permitNumber,
            String basis,
            int includedInspections,
            long made,
            long beyond,
            String setBy)
            implements java.io.Serializable {}

    public ThirdPartyView approve(ApproveThirdParty command) {
        user.requireAnyRole(REFUSAL, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        if (!em.createQuery("select t from ThirdPartyInspector t where t.licenseNumber = :n", ThirdPartyInspector.class)
                .setParameter("n", command.licenseNumber().trim())
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "licenseNumber",
                    "unique",
                    "A third party with license " + command.licenseNumber() + " is registered");
        }
        ThirdPartyInspector t = new ThirdPartyInspector(
                command.name(),
                command.kind(),
                command.licenseNumber(),
                command.phone(),
                command.approvedOn() == null ? LocalDate.now(clock) : command.approvedOn(),
                user.name());
        em.persist(t);
        return view(t);
    }

    public ThirdPartyView withdraw(long id, Withdraw command) {
        user.requireAnyRole(REFUSAL, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        ThirdPartyInspector t = thirdParty(id);
        t.withdraw(
                command.on() == null ? LocalDate.now(clock) : command.on(),
                command.reason().trim());
        return view(t);
    }

    public List<ThirdPartyView> thirdParties() {
        return em
                .createQuery("select t from ThirdPartyInspector t order by t.name", ThirdPartyInspector.class)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    private ThirdPartyInspector thirdParty(long id) {
        ThirdPartyInspector t = em.find(ThirdPartyInspector.class, id);
        if (t == null) {
            throw new RecordNotFoundException("third party", id);
        }
        return t;
    }

    private ThirdPartyView view(ThirdPartyInspector t) {
        return new ThirdPartyView(
                t.getId(),
                t.getName(),
                t.getKind().label(),
                t.getLicenseNumber(),
                t.getPhone(),
                t.getApprovedOn(),
                t.getApprovedBy(),
                t.getWithdrawnOn(),
                t.getWithdrawalReason(),
                t.approvedOn(LocalDate.now(clock)));
    }

    /** 108.10.4: sets (or changes) the inspections a permit's base fee includes. */
    public AllocationView allocate(SetAllocation command) {
        user.requireAnyRole(REFUSAL, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        if (em.find(InspectablePermit.class, command.permitId()) == null) {
            throw new RuleViolationException(
                    "permitId", "108.10 A issued-permit", "There is no issued permit with id " + command.permitId());
        }
        InspectionAllocation a = em.find(InspectionAllocation.class, command.permitId());
        if (a == null) {
            a = new InspectionAllocation(
                    command.permitId(), command.basis(), command.includedInspections(), user.name());
            em.persist(a);
        } else {
            a.change(command.includedInspections(), user.name());
        }
        return view(a);
    }

    public List<AllocationView> allocations() {
        return em
                .createQuery(
                        "select a from InspectionAllocation a order by a.permitId desc", InspectionAllocation.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    private AllocationView view(InspectionAllocation a) {
        InspectablePermit p = em.find(InspectablePermit.class, a.getPermitId());
        long made = new PermitInspectionRecord(em).inspectionsMade(a.getPermitId());
        return new AllocationView(
                a.getPermitId(),
                p.getPermitNumber(),
                a.getBasis().label(),
                a.getIncludedInspections(),
                made,
                Math.max(0, made - a.getIncludedInspections()),
                a.getSetBy());
    }
}
