package org.tryon.permitting.parties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.ContractorLicense;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.permitting.parties.domain.PointOfContact;
import org.tryon.permitting.parties.domain.SuretyBond;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.PermittingLists;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Use cases of contractor firms: registration, licenses (106, 108.8 G), point of contact (106) and bonds (108.7). Other
 * modules ask about a firm through {@link org.tryon.permitting.parties.application.ContractorContactsAdapter}.
 */
@ApplicationScoped
@Transactional
public class Contractors {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    AuditHistory audit;

    @Inject
    Settings settings;

    @Inject
    org.tryon.platform.security.CurrentUser user;

    /**
     * Registrations, licenses, contacts and bonds are kept by the permit office (108.7, 108.8 D); the plan reviewer reads them
     * (ADR 0026). Refuses (403) anyone else; the system (demo data) passes.
     */
    private void requireOffice() {
        user.requireAnyRole(
                "106, 108.7: contractor firms are kept by a permit technician, a trade code administrator or the Administrator",
                Permits.PERMIT_OFFICE.toArray(String[]::new));
    }

    public ContractorView register(RegisterContractor command) {
        requireOffice();
        Inputs.valid(validator, command);
        ContractorFirm firm = new ContractorFirm(
                command.name(),
                new PointOfContact(command.contactName(), command.contactPhone(), command.contactEmail()),
                clock.instant());
        addLicense(
                firm,
                command.board(),
                command.licenseNumber(),
                command.classification(),
                command.trade(),
                command.licenseExpiresOn());
        em.persist(firm);
        return view(firm);
    }

    public ContractorView addLicense(long id, AddLicense command) {
        requireOffice();
        Inputs.valid(validator, command);
        ContractorFirm firm = find(id);
        addLicense(
                firm,
                command.board(),
                command.licenseNumber(),
                command.classification(),
                command.trade(),
                command.expiresOn());
        em.flush();
        return view(firm);
    }

    private void addLicense(
            ContractorFirm firm,
            LicenseBoard board,
            String number,
            String classification,
            Trade trade,
            LocalDate expiresOn) {
        String license = number.trim().toUpperCase();
        boolean taken = !em.createQuery(
                        "select l.id from ContractorLicense l where l.number = :l and l.trade = :t", Long.class)
                .setParameter("l", license)
                .setParameter("t", trade)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new RuleViolationException(
                    "licenseNumber", "unique", "A " + trade.label() + " license " + license + " is already registered");
        }
        firm.addLicense(
                board == null ? LicenseBoard.usualFor(trade) : board, license, classification, trade, expiresOn);
    }

    public ContractorView renewLicense(long id, long licenseId, RenewLicense command) {
        requireOffice();
        Inputs.valid(validator, command);
        ContractorFirm firm = find(id);
        ContractorLicense license = firm.getLicenses().stream()
                .filter(l -> l.getId() == licenseId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("license", licenseId));
        license.renewThrough(command.expiresOn());
        return view(firm);
    }

    public ContractorView changePointOfContact(long id, ChangePointOfContact command) {
        requireOffice();
        Inputs.valid(validator, command);
        ContractorFirm firm = find(id);
        firm.changePointOfContact(new PointOfContact(command.name(), command.phone(), command.email()));
        return view(firm);
    }

    /** 108.7: files a continuous surety bond. */
    public ContractorView fileBond(long id, FileBond command) {
        requireOffice();
        Inputs.valid(validator, command);
        ContractorFirm firm = find(id);
        boolean taken = !em.createQuery(
                        "select b.id from SuretyBond b where b.surety = :s and b.bondNumber = :n", Long.class)
                .setParameter("s", command.surety().trim())
                .setParameter("n", command.bondNumber().trim().toUpperCase())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new RuleViolationException(
                    "bondNumber",
                    "unique",
                    "Bond " + command.bondNumber() + " of " + command.surety() + " is already on file");
        }
        firm.fileBond(command.surety(), command.bondNumber(), Money.of(command.amount()), command.effectiveOn());
        em.flush();
        return view(firm);
    }

    /**
     * 108.7: the surety's written notice of cancellation; the bond stays on file until the notice
     * days (30 by default, in force on the day of receipt) have run.
     */
    public ContractorView receiveBondCancellation(long id, long bondId, ReceiveBondCancellation command) {
        requireOffice();
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        if (command.receivedOn().isAfter(today)) {
            throw new RuleViolationException(
                    "receivedOn",
                    "not-in-future",
                    "The notice cannot be received after today (" + UsFormat.date(today) + ")");
        }
        ContractorFirm firm = find(id);
        SuretyBond bond = firm.getBonds().stream()
                .filter(b -> b.getId() == bondId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("bond", bondId));
        bond.cancellationNoticeReceived(
                command.receivedOn(),
                command.requestedEffectiveOn(),
                settings.valueOn(PermittingSettings.BOND_CANCELLATION_NOTICE_DAYS, command.receivedOn()));
        return view(firm);
    }

    public List<ContractorView> list() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select distinct c from ContractorFirm c left join fetch c.licenses order by c.name",
                        ContractorFirm.class)
                .getResultList()
                .stream()
                .map(c -> ContractorView.of(c, today))
                .toList();
    }

    /** The contractors list: counted in the database. */
    public long count(org.tryon.platform.lists.ListRequest request) {
        return PermittingLists.CONTRACTORS.count(em, request);
    }

    /** One page of the contractors list, filtered and sorted in the database. */
    public List<ContractorView> rows(org.tryon.platform.lists.ListRequest request) {
        LocalDate today = LocalDate.now(clock);
        return PermittingLists.CONTRACTORS.rows(
                em,
                request,
                firms -> firms.stream().map(c -> ContractorView.of(c, today)).toList());
    }

    public ContractorView get(long id) {
        return view(find(id));
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(ContractorFirm.class, id);
    }

    private ContractorView view(ContractorFirm firm) {
        return ContractorView.of(firm, LocalDate.now(clock));
    }

    ContractorFirm find(long id) {
        ContractorFirm firm = em.find(ContractorFirm.class, id);
        if (firm == null) {
            throw new RecordNotFoundException("contractor", id);
        }
        return firm;
    }
}
