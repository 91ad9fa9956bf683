package org.tryon.inspections.requests.application;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.RequestDesignee;
import org.tryon.permitting.api.ContractorContacts;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Who may request an inspection under a permit (108.10 C): "Inspections shall be requested by the
 * firm or person responsible for the work or their designee". That is the permit holder itself (the
 * firm, or the owner acting as their own contractor), the firm's point of contact (106: the
 * principal or officer in charge of construction or their designee), and the designees the holder
 * named to the department. The permit office records and withdraws designees.
 */
@ApplicationScoped
@Transactional
public class RequestDesignees {

    static final String RULE = "108.10 C requester";
    private static final String REFUSAL =
            "108.10 C: only the permit office (permit technicians, trade code administrators, the administrator) "
                    + "records who may request inspections for a permit holder";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ContractorContacts contacts;

    /** The holder of {@code permitId} names {@code name} to request its inspections. */
    public record NameDesignee(
            @NotNull Long permitId,
            @NotBlank @Size(max = 120) String name,

            @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
            String phone)
            implements java.io.Serializable {}

    public record DesigneeView(
            long id,
            String holderKind,
            long holderId,
            String name,
            String phone,
            Instant namedAt,
            String namedBy,
            Instant withdrawnAt,
            String withdrawnBy,
            boolean active)
            implements java.io.Serializable {}

    /**
     * Everyone who may request inspections on a permit (108.10 C).
     *
     * @param holder         the firm or the owner responsible for the work
     * @param pointOfContact the firm's point of contact (106), null for an owner
     * @param designees      the holder's designees, active and withdrawn
     */
    public record WhoMayRequest(
            long permitId,
            String permitNumber,
            String holderKind,
            long holderId,
            String holder,
            String pointOfContact,
            List<DesigneeView> designees)
            implements java.io.Serializable {

        /** The names a request may give as its requester, in the order shown to staff. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(holder);
            if (pointOfContact != null) {
                names.add(pointOfContact);
            }
            designees.stream()
                    .filter(DesigneeView::active)
                    .map(DesigneeView::name)
                    .forEach(names::add);
            return names;
        }

        /** {@link #names()}, for a screen. */
        public String namesText() {
            return String.join(", ", names());
        }
    }

    public WhoMayRequest whoMayRequest(long permitId) {
        return whoMayRequest(permit(permitId));
    }

    WhoMayRequest whoMayRequest(InspectablePermit permit) {
        PermitHolder holder = permit.getHolder();
        String poc = holder.kind() == PermitHolder.Kind.CONTRACTOR
                ? contacts.pointOfContact(new ContractorId(holder.id()))
                        .map(ContractorContacts.Contact::name)
                        .orElse(null)
                : null;
        List<DesigneeView> designees = em
                .createQuery(
                        "select d from RequestDesignee d where d.holderKind = :k and d.holderId = :h order by d.withdrawnAt, d.name",
                        RequestDesignee.class)
                .setParameter("k", holder.kind())
                .setParameter("h", holder.id())
                .getResultList()
                .stream()
                .map(RequestDesignees::view)
                .toList();
        return new WhoMayRequest(
                permit.getPermitId(),
                permit.getPermitNumber(),
                holder.kind().name(),
                holder.id(),
                holder.name(),
                poc,
                designees);
    }

    /**
     * 108.10 C: refuses a request whose requester is not the permit holder, its point of contact or
     * one of its active designees. Names compare without regard to case or repeated spaces.
     */
    public void check(InspectablePermit permit, String requestedBy) {
        WhoMayRequest who = whoMayRequest(permit);
        String given = RequestDesignee.comparable(requestedBy);
        Optional<String> match = who.names().stream()
                .filter(n -> RequestDesignee.comparable(n).equals(given))
                .findFirst();
        if (match.isEmpty()) {
            throw new RuleViolationException(
                    "requestedBy",
                    RULE,
                    "108.10 C: inspections are requested by the firm or person responsible for the "
                            + "work or their designee; '" + requestedBy.trim() + "' is none of these for permit "
                            + permit.getPermitNumber()
                            + " (may request: " + String.join(", ", who.names()) + ")");
        }
    }

    public DesigneeView name(NameDesignee command) {
        user.requireAnyRole(REFUSAL, Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        InspectablePermit permit = permit(command.permitId());
        WhoMayRequest who = whoMayRequest(permit);
        String given = RequestDesignee.comparable(command.name());
        if (who.names().stream().anyMatch(n -> RequestDesignee.comparable(n).equals(given))) {
            throw new RuleViolationException(
                    "name",
                    "108.10 C designee-once",
                    "'" + command.name().trim() + "' may already request inspections for " + who.holder());
        }
        RequestDesignee d = new RequestDesignee(
                permit.getHolder().kind(),
                permit.getHolder().id(),
                command.name(),
                command.phone(),
                clock.instant(),
                user.name());
        em.persist(d);
        return view(d);
    }

    public DesigneeView withdraw(long id) {
        user.requireAnyRole(REFUSAL, Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        RequestDesignee d = em.find(RequestDesignee.class, id);
        if (d == null) {
            throw new RecordNotFoundException("designee", id);
        }
        d.withdraw(clock.instant(), user.name());
        return view(d);
    }

    private InspectablePermit permit(long permitId) {
        InspectablePermit p = em.find(InspectablePermit.class, permitId);
        if (p == null) {
            throw new RecordNotFoundException("permit", permitId);
        }
        return p;
    }

    private static DesigneeView view(RequestDesignee d) {
        return new DesigneeView(
                d.getId(),
                d.getHolderKind().name(),
                d.getHolderId(),
                d.getName(),
                d.getPhone(),
                d.getNamedAt(),
                d.getNamedBy(),
                d.getWithdrawnAt(),
                d.getWithdrawnBy(),
                d.isActive());
    }
}
