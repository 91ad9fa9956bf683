package org.tryon.licensing.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.eligibility.application.EligibilityViews.KindView;
import org.tryon.licensing.eligibility.application.EligibilityViews.RuleView;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.CertificateKind;
import org.tryon.licensing.module.domain.CertificateKindPeriod;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * The exam rules and kinds of the certificate types, effective-dated (106; ADR 0033): the history of each, and a new rule or
 * kind from a day not before the county's today (a decision taken under an earlier rule can always be explained, so rows
 * are never edited and never back-dated).
 */
@ApplicationScoped
@Transactional
public class ExamRules {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ExamRuleBook book;

    /** Every certificate type and what it is today. A read. */
    public List<TypeView> types() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery("select c from CertificateType c order by c.trade.name, c.name", CertificateType.class)
                .getResultList()
                .stream()
                .map(c -> new TypeView(
                        c.getCode(),
                        c.getName(),
                        c.getTrade().getName(),
                        c.kindOn(today).map(Enum::name).orElse("NONE"),
                        c.getIssuingBoard()))
                .toList();
    }

    /** The rule history of a type, newest first, marking the one in force today. A read. */
    public List<RuleView> rules(String certificateType) {
        CertificateType type = type(certificateType, false);
        LocalDate today = LocalDate.now(clock);
        List<ExamRule> history = book.history(type.getCode());
        Long inForce = history.stream()
                .filter(r -> !r.getEffectiveFrom().isAfter(today))
                .findFirst()
                .map(ExamRule::getId)
                .orElse(null);
        return history.stream().map(r -> view(r, r.getId().equals(inForce))).toList();
    }

    public RuleView rule(long id) {
        ExamRule r = em.find(ExamRule.class, id);
        if (r == null) {
            throw new RecordNotFoundException("exam rule", id);
        }
        return rules(r.getCertificateType()).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * A new rule from {@code effectiveFrom} (not before today; one per type and day). Refused for a state board's credential
     * type, which the county does not examine.
     */
    public RuleView record(EligibilityCommands.RecordRule command) {
        Inputs.valid(validator, command);
        CertificateType type = type(command.certificateType(), true);
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "not-before-today",
                    "A rule applies from today (" + UsFormat.date(today)
                            + ") or a later day, never from an earlier one: decisions already taken keep the rule they were taken under");
        }
        if (type.kindOn(command.effectiveFrom()).orElse(null) == CertificateKind.STATE_CREDENTIAL) {
            throw new RuleViolationException(
                    "certificateType",
                    "106 state-credential",
                    type.getName() + " is a state board's credential: the county has no exam rules for it");
        }
        if (book.history(type.getCode()).stream()
                .anyMatch(r -> r.getEffectiveFrom().equals(command.effectiveFrom()))) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "one-rule-per-day",
                    "A rule for " + type.getName() + " from " + UsFormat.date(command.effectiveFrom())
                            + " is already recorded; record the change from another day");
        }
        ExamRule r = new ExamRule(
                type.getCode(),
                command.effectiveFrom(),
                command.questions(),
                command.minutes(),
                command.cutScorePercent(),
                Money.of(command.fee()),
                command.retakeWaitDays(),
                command.maxAttempts(),
                command.experienceMonths(),
                command.eligibilityValidDays(),
                command.codeBookSupplied(),
                command.renewalYears(),
                command.ceHours(),
                command.minWeeklyHours() == null ? 0 : command.minWeeklyHours(),
                command.reason().trim(),
                user.name(),
                clock.instant());
        em.persist(r);
        em.flush();
        return rule(r.getId());
    }

    /** The kinds of a type over time, newest first. A read. */
    public List<KindView> kinds(String certificateType) {
        CertificateType type = type(certificateType, false);
        LocalDate today = LocalDate.now(clock);
        List<CertificateKindPeriod> all = type.getKinds();
        Long inForce = all.stream()
                .filter(p -> !p.getEffectiveFrom().isAfter(today))
                .reduce((a, b) -> b)
                .map(CertificateKindPeriod::getId)
                .orElse(null);
        List<CertificateKindPeriod> newestFirst = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .map(p -> new KindView(
                        p.getId(),
                        p.getCertificateType(),
                        p.getEffectiveFrom(),
                        p.getKind().name(),
                        p.getReason(),
                        p.getRecordedBy(),
                        p.getId().equals(inForce)))
                .toList();
    }

    /** What a type is from a day not before today on (one row per day): the county's examined dates follow. */
    public List<KindView> recordKind(String certificateType, EligibilityCommands.RecordKind command) {
        Inputs.valid(validator, command);
        CertificateType type = type(certificateType, true);
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "not-before-today",
                    "A change applies from today (" + UsFormat.date(today) + ") or a later day");
        }
        if (type.getKinds().stream().anyMatch(p -> p.getEffectiveFrom().equals(command.effectiveFrom()))) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "one-kind-per-day",
                    "What " + type.getName() + " is from " + UsFormat.date(command.effectiveFrom())
                            + " is already recorded");
        }
        CertificateKindPeriod p = new CertificateKindPeriod(
                type.getCode(),
                command.effectiveFrom(),
                CertificateKind.valueOf(command.kind()),
                command.reason(),
                user.name(),
                clock.instant());
        em.persist(p);
        type.recordKind(p);
        em.flush();
        return kinds(type.getCode());
    }

    CertificateType type(String code, boolean lock) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        CertificateType type = lock
                ? em.find(CertificateType.class, c, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CertificateType.class, c);
        if (type == null && !lock) {
            throw new RecordNotFoundException("certificate type", code);
        }
        if (type == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + code + "'");
        }
        return type;
    }

    static RuleView view(ExamRule r, boolean inForceToday) {
        return new RuleView(
                r.getId(),
                r.getCertificateType(),
                r.getEffectiveFrom(),
                r.getQuestions(),
                r.getMinutes(),
                r.getCutScorePercent(),
                r.getFee().amount(),
                r.getRetakeWaitDays(),
                r.getMaxAttempts().isPresent() ? r.getMaxAttempts().getAsInt() : null,
                r.getExperienceMonths(),
                r.getEligibilityValidDays(),
                r.isCodeBookSupplied(),
                r.getRenewalYears().isPresent() ? r.getRenewalYears().getAsInt() : null,
                r.getCeHours(),
                r.getMinWeeklyHours(),
                r.getReason(),
                r.getRecordedBy(),
                r.getRecordedAt(),
                inForceToday);
    }
}
