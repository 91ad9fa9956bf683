package org.tryon.inspections.defects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tryon.inspections.defects.domain.DefectLibraryEntry;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * The defect library's use cases (ADR 0051): the entries of a trade in force on a day (what the inspector picks from,
 * 108.3: each defect found is recorded), and the trade code administrators' additions, effective-dated changes of
 * wording and retirements. A read never writes.
 */
@ApplicationScoped
@Transactional
public class DefectLibrary {

    private static final String WHO = "Only a trade code administrator or the administrator keeps the defect library";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** A new entry (a code section with its wording, from a day). */
    public record NewEntry(String trade, String codeSection, String wording, LocalDate effectiveFrom) {}

    /** A new wording of an entry from a day on. */
    public record Change(String wording, LocalDate effectiveFrom) {}

    /** The first day an entry is no longer in force. */
    public record Retirement(LocalDate from) {}

    /** Every entry, past, present and future, by trade and code section. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DefectLibraryView> all() {
        return em
                .createQuery(
                        "select e from DefectLibraryEntry e order by e.trade, e.codeSection, e.effectiveFrom",
                        DefectLibraryEntry.class)
                .getResultList()
                .stream()
                .map(DefectLibraryView::of)
                .toList();
    }

    /** The entries of {@code trade} in force on {@code day}, by code section. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DefectLibraryView> inForce(Trade trade, LocalDate day) {
        return em
                .createQuery(
                        "select e from DefectLibraryEntry e where e.trade = :trade and e.effectiveFrom <= :day"
                                + " and (e.effectiveTo is null or e.effectiveTo >= :day) order by e.codeSection",
                        DefectLibraryEntry.class)
                .setParameter("trade", trade)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(DefectLibraryView::of)
                .toList();
    }

    /** Every entry in force on {@code day}, of every trade. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DefectLibraryView> inForce(LocalDate day) {
        return em
                .createQuery(
                        "select e from DefectLibraryEntry e where e.effectiveFrom <= :day"
                                + " and (e.effectiveTo is null or e.effectiveTo >= :day) order by e.trade, e.codeSection",
                        DefectLibraryEntry.class)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(DefectLibraryView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DefectLibraryView get(long id) {
        return DefectLibraryView.of(find(id));
    }

    /**
     * The wording of entry {@code id} as a defect of a {@code trade} permit found on {@code day}: refused, naming
     * {@code field}, when the entry is of another trade or not in force that day (108.3: the day's wording).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DefectLibraryView inForceFor(long id, Trade trade, LocalDate day, String field) {
        DefectLibraryEntry e = em.find(DefectLibraryEntry.class, id);
        if (e == null) {
            throw new RuleViolationException(field, "exists", "There is no defect library entry with id " + id);
        }
        if (trade != null && e.getTrade() != trade) {
            throw new RuleViolationException(
                    field,
                    "defect library trade",
                    e.getCodeSection() + " is a " + e.getTrade().label().toLowerCase()
                            + " code section; this permit is " + trade.label().toLowerCase());
        }
        if (!e.inForceOn(day)) {
            throw new RuleViolationException(
                    field,
                    "defect library effective-dated",
                    e.getCodeSection() + " \"" + e.getWording() + "\" is not in force on " + UsFormat.date(day)
                            + "; pick the wording of that day");
        }
        return DefectLibraryView.of(e);
    }

    public DefectLibraryView add(NewEntry entry) {
        user.requireAnyRole(WHO, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        if (entry == null) {
            throw new RuleViolationException("trade", "required", "Send the trade, code section, wording and day");
        }
        Trade trade = trade(entry.trade());
        DefectLibraryEntry e = new DefectLibraryEntry(
                trade, entry.codeSection(), entry.wording(), entry.effectiveFrom(), null, user.name());
        boolean overlaps = em
                .createQuery(
                        "select e from DefectLibraryEntry e where e.trade = :trade and e.codeSection = :code",
                        DefectLibraryEntry.class)
                .setParameter("trade", trade)
                .setParameter("code", e.getCodeSection())
                .getResultList()
                .stream()
                .anyMatch(o -> o.getEffectiveTo() == null || !o.getEffectiveTo().isBefore(e.getEffectiveFrom()));
        if (overlaps) {
            throw new RuleViolationException(
                    "codeSection",
                    "defect library unique",
                    e.getCodeSection() + " is already in the " + trade.label().toLowerCase()
                            + " library on that day; change its wording instead");
        }
        em.persist(e);
        em.flush();
        return DefectLibraryView.of(e);
    }

    /** A new wording of entry {@code id} from a day on; returns the entry in force from that day. */
    public DefectLibraryView change(long id, Change change) {
        user.requireAnyRole(WHO, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        if (change == null) {
            throw new RuleViolationException("wording", "required", "Send the new wording and the day it applies from");
        }
        DefectLibraryEntry e = em.find(DefectLibraryEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new RecordNotFoundException("defect library entry", id);
        }
        DefectLibraryEntry next = e.changeFrom(change.effectiveFrom(), change.wording(), user.name());
        em.persist(next);
        em.flush();
        return DefectLibraryView.of(next);
    }

    /** Entry {@code id} is no longer in force from a day on. */
    public DefectLibraryView retire(long id, Retirement retirement) {
        user.requireAnyRole(WHO, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        DefectLibraryEntry e = em.find(DefectLibraryEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new RecordNotFoundException("defect library entry", id);
        }
        e.retireFrom(retirement == null ? null : retirement.from(), user.name());
        em.flush();
        return DefectLibraryView.of(e);
    }

    private DefectLibraryEntry find(long id) {
        DefectLibraryEntry e = em.find(DefectLibraryEntry.class, id);
        if (e == null) {
            throw new RecordNotFoundException("defect library entry", id);
        }
        return e;
    }

    static Trade trade(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("trade", "required", "Choose the trade of the code section");
        }
        try {
            return Trade.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "trade",
                    "exists",
                    "There is no trade '" + code + "' (building, electrical, mechanical or plumbing)");
        }
    }
}
