package org.tryon.licensing.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationRow;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.licensing.eligibility.application.EligibilityViews.ArithmeticView;
import org.tryon.licensing.eligibility.application.EligibilityViews.ExperienceView;
import org.tryon.licensing.eligibility.application.EligibilityViews.PeriodView;
import org.tryon.licensing.eligibility.application.EligibilityViews.PublicStatus;
import org.tryon.licensing.eligibility.application.EligibilityViews.Receipt;
import org.tryon.licensing.eligibility.application.EligibilityViews.ReferenceView;
import org.tryon.licensing.eligibility.application.EligibilityViews.ResultLine;
import org.tryon.licensing.eligibility.application.EligibilityViews.SessionLine;
import org.tryon.licensing.eligibility.domain.ApplicationStatus;
import org.tryon.licensing.eligibility.domain.EligibilityArithmetic;
import org.tryon.licensing.eligibility.domain.ExamApplication;
import org.tryon.licensing.eligibility.domain.ExperienceLine;
import org.tryon.licensing.eligibility.domain.LineStatus;
import org.tryon.licensing.eligibility.domain.Referee;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Applications to sit an examination and their eligibility (106; ADR 0033): received from the public page or entered by
 * staff, experience lines and references checked by staff, decided by the rule in force on the application day with the
 * arithmetic shown, a decision letter, and the candidate's own status page.
 */
@ApplicationScoped
@Transactional
public class Eligibility {

    /** The letters of an application reference: no 0/O, 1/I/L, so it is read out and typed without mistakes. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

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

    @Inject
    Letterhead letterhead;

    public Eligibility() {}

    /** For tests outside a container. */
    public Eligibility(EntityManager em, Validator validator, Clock clock, CurrentUser user) {
        this.em = em;
        this.validator = validator;
        this.clock = clock;
        this.user = user;
        this.book = new ExamRuleBook(em);
    }

    /** An application from the public page (no sign-in): the answer is its reference and status only. */
    public Receipt applyPublicly(EligibilityCommands.Apply command) {
        ExamApplication a = receive(command, ExamApplication.Via.PUBLIC);
        String next = switch (a.getStatus()) {
            case ELIGIBLE ->
                "You are eligible to register for the examination until " + UsFormat.date(a.getEligibleUntil()) + ".";
            default ->
                "Staff verify your experience and references and decide your eligibility; the decision is shown on the status page.";
        };
        return new Receipt(
                a.getReference(),
                a.getStatus().name(),
                "Application " + a.getReference() + " is received. " + next
                        + " Keep the reference: with your e-mail address it opens your application's status.");
    }

    /** An application staff enter (received on paper or at the counter). */
    public ApplicationView enter(EligibilityCommands.Apply command) {
        return view(receive(command, ExamApplication.Via.STAFF));
    }

    private ExamApplication receive(EligibilityCommands.Apply command, ExamApplication.Via via) {
        Inputs.valid(validator, command);
        CertificateType type =
                em.find(CertificateType.class, command.certificateType().trim().toUpperCase(Locale.ROOT));
        if (type == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + command.certificateType() + "'");
        }
        LocalDate today = LocalDate.now(clock);
        ExamApplication.refuseUnlessExamined(type.getName(), type.kindOn(today).orElse(null), today);
        ExamRule rule = book.inForce(type.getCode(), today);
        String email = command.email().trim().toLowerCase(Locale.ROOT);
        Candidate candidate = em.createQuery(
                        "select c from Candidate c where c.email = :e and c.certificateType.code = :t order by c.id",
                        Candidate.class)
                .setParameter("e", email)
                .setParameter("t", type.getCode())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (candidate != null) {
            em.lock(candidate, LockModeType.PESSIMISTIC_WRITE);
            for (ExamApplication other : em.createQuery(
                            "select a from ExamApplication a where a.candidateId = :c and a.certificateType = :t",
                            ExamApplication.class)
                    .setParameter("c", candidate.getId())
                    .setParameter("t", type.getCode())
                    .getResultList()) {
                if (other.blocksNewApplication(today)) {
                    throw new RuleViolationException(
                            "certificateType",
                            "106 one-open-application",
                            "An application for " + type.getName()
                                    + " from " + email + " is "
                                    + other.displayStatus(today).toLowerCase(Locale.ROOT) + " (" + other.getReference()
                                    + "); a candidate applies again once a decision lapsed or refused");
                }
            }
        } else {
            candidate = new Candidate(command.fullName(), email, command.phone(), type, today);
            em.persist(candidate);
            em.flush();
        }
        ExamApplication a = new ExamApplication(
                newReference(),
                candidate.getId(),
                type.getCode(),
                type.kindOn(today).orElse(null),
                today,
                command.fullName(),
                command.dateOfBirth(),
                command.mailingAddress(),
                email,
                command.phone(),
                via,
                clock.instant());
        if (command.experience() != null) {
            for (EligibilityCommands.AddExperience e : command.experience()) {
                a.addExperience(
                        e.employer(), e.supervisor(), e.supervisorLicense(), e.from(), e.to(), e.hoursPerWeek());
            }
        }
        if (command.references() != null) {
            for (EligibilityCommands.AddReference r : command.references()) {
                a.addReferee(r.name(), r.contact(), r.relation());
            }
        }
        em.persist(a);
        em.flush();
        // 106: no training is required for the homeowner test (0 months): eligible at once when the identity is
        // complete
        if (rule.getExperienceMonths() == 0
                && a.identityComplete()
                && a.getReferees().stream().noneMatch(r -> r.getStatus() == LineStatus.PENDING)
                && a.getExperience().stream().noneMatch(l -> l.getStatus() == LineStatus.PENDING)) {
            decide(a, rule, today);
        }
        return a;
    }

    static String newReference() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return "EX-" + new String(c);
    }

    /** The applications, newest first, of one status (SUBMITTED, ELIGIBLE, INELIGIBLE, WITHDRAWN, LAPSED) and one type if given. A read. */
    public List<ApplicationRow> list(String status, String certificateType) {
        String s = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (s != null
                && !List.of("SUBMITTED", "ELIGIBLE", "INELIGIBLE", "WITHDRAWN", "LAPSED")
                        .contains(s)) {
            throw new RuleViolationException(
                    "status", "one-of", "A status is one of SUBMITTED, ELIGIBLE, INELIGIBLE, WITHDRAWN, LAPSED");
        }
        String t = certificateType == null || certificateType.isBlank()
                ? null
                : certificateType.trim().toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        var q = em.createQuery(
                "select a from ExamApplication a where a.reference is not null"
                        + (t == null ? "" : " and a.certificateType = :t") + " order by a.appliedOn desc, a.id desc",
                ExamApplication.class);
        if (t != null) {
            q.setParameter("t", t);
        }
        Map<String, String> names = typeNames();
        return q.setMaxResults(1000).getResultList().stream()
                .filter(a -> s == null || s.equals(a.displayStatus(today)))
                .map(a -> new ApplicationRow(
                        a.getId(),
                        a.getReference(),
                        a.getFullName(),
                        a.getCertificateType(),
                        names.get(a.getCertificateType()),
                        a.getAppliedOn(),
                        a.displayStatus(today),
                        a.getDecidedOn(),
                        a.getEligibleUntil(),
                        a.getReceivedVia() == null ? null : a.getReceivedVia().name()))
                .toList();
    }

    /** The applications of one candidate, newest first (the candidate's page). A read. */
    public List<ApplicationRow> ofCandidate(long candidateId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = typeNames();
        return em
                .createQuery(
                        "select a from ExamApplication a where a.candidateId = :c and a.reference is not null order by a.appliedOn desc, a.id desc",
                        ExamApplication.class)
                .setParameter("c", candidateId)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(a -> new ApplicationRow(
                        a.getId(),
                        a.getReference(),
                        a.getFullName(),
                        a.getCertificateType(),
                        names.get(a.getCertificateType()),
                        a.getAppliedOn(),
                        a.displayStatus(today),
                        a.getDecidedOn(),
                        a.getEligibleUntil(),
                        a.getReceivedVia() == null ? null : a.getReceivedVia().name()))
                .toList();
    }

    public ApplicationView get(long id) {
        return view(find(id, false));
    }

    public ApplicationView addExperience(long id, EligibilityCommands.AddExperience command) {
        Inputs.valid(validator, command);
        ExamApplication a = find(id, true);
        a.addExperience(
                command.employer(),
                command.supervisor(),
                command.supervisorLicense(),
                command.from(),
                command.to(),
                command.hoursPerWeek());
        em.flush();
        return view(a);
    }

    public ApplicationView addReference(long id, EligibilityCommands.AddReference command) {
        Inputs.valid(validator, command);
        ExamApplication a = find(id, true);
        a.addReferee(command.name(), command.contact(), command.relation());
        em.flush();
        return view(a);
    }

    /** Staff verify an experience line ({@code verified}) or reject it with a reason. */
    public ApplicationView checkExperience(long id, long lineId, boolean verified, String reason) {
        ExamApplication a = find(id, true);
        a.checkExperience(lineId, verified, reason, user.name(), clock.instant());
        em.flush();
        return view(a);
    }

    public ApplicationView checkReference(long id, long referenceId, boolean verified, String reason) {
        ExamApplication a = find(id, true);
        a.checkReferee(referenceId, verified, reason, user.name(), clock.instant());
        em.flush();
        return view(a);
    }

    /** The decision by the rule in force on the application day (106), with the arithmetic recorded. */
    public ApplicationView decide(long id) {
        ExamApplication a = find(id, true);
        decide(a, book.inForce(a.getCertificateType(), a.getAppliedOn()), LocalDate.now(clock));
        return view(a);
    }

    private void decide(ExamApplication a, ExamRule rule, LocalDate today) {
        a.decide(
                a.arithmetic(rule.getExperienceMonths(), rule.getMinWeeklyHours()),
                rule.getId(),
                rule.getEligibilityValidDays(),
                today,
                user.name());
        em.flush();
    }

    public ApplicationView withdraw(long id) {
        ExamApplication a = find(id, true);
        a.withdraw(LocalDate.now(clock));
        em.flush();
        return view(a);
    }

    /** The decision letter (eligible or not) with the rule applied and the arithmetic. A read; refused before a decision. */
    public byte[] letter(long id) {
        ApplicationView a = get(id);
        if ("SUBMITTED".equals(a.status()) || "WITHDRAWN".equals(a.status()) || a.decidedOn() == null) {
            throw new RuleViolationException(
                    "status", "decided", "Application " + a.reference() + " has no eligibility decision to write");
        }
        boolean eligible = "ELIGIBLE".equals(a.status()) || "LAPSED".equals(a.status());
        ArithmeticView m = a.arithmetic();
        var doc = document("Decision on eligibility for examination")
                .reference(a.reference())
                .dated(a.decidedOn())
                .addressee(a.fullName(), Arrays.asList(a.mailingAddress().split("\\R|,")))
                .fact("Certificate", a.certificateName())
                .fact("Application day", UsFormat.words(a.appliedOn()))
                .fact("Decision", eligible ? "ELIGIBLE to sit the examination" : "NOT ELIGIBLE")
                .fact(
                        "Eligible until",
                        a.eligibleUntil() == null
                                ? null
                                : UsFormat.words(a.eligibleUntil())
                                        + " (the eligibility lapses after this day; apply again after it)")
                .fact(
                        "Rule applied",
                        m == null
                                ? null
                                : "The rule in force on " + UsFormat.words(a.appliedOn()) + " (from "
                                        + UsFormat.words(m.ruleEffectiveFrom()) + "): "
                                        + m.monthsRequired()
                                        + " months of training under the supervision of a journeyman or a North Carolina licensed contractor (106)"
                                        + (m.minWeeklyHours() > 0
                                                ? ", jobs of at least " + m.minWeeklyHours() + " hours a week"
                                                : ""));
        StringBuilder jobs = new StringBuilder();
        for (ExperienceView e : a.experience()) {
            jobs.append(e.employer())
                    .append(", ")
                    .append(UsFormat.words(e.from()))
                    .append(" to ")
                    .append(e.to() == null ? "present" : UsFormat.words(e.to()))
                    .append(", supervisor ")
                    .append(e.supervisor() == null ? "none" : e.supervisor())
                    .append(e.supervisorLicense() == null ? "" : " (license " + e.supervisorLicense() + ")")
                    .append(", ")
                    .append(e.hoursPerWeek())
                    .append(" hours a week: ")
                    .append(e.counted() ? "counted" : "not counted")
                    .append(e.why() == null ? "" : " (" + e.why() + ")")
                    .append("\n\n");
        }
        doc.section("Experience claimed", jobs.isEmpty() ? "None claimed." : jobs.toString());
        if (m != null) {
            StringBuilder periods = new StringBuilder();
            for (PeriodView p : m.periods()) {
                periods.append(UsFormat.words(p.from()))
                        .append(" to ")
                        .append(UsFormat.words(p.to()))
                        .append(": ")
                        .append(p.months())
                        .append(" whole months\n\n");
            }
            doc.section(
                    "Periods counted (overlapping jobs counted once)",
                    periods.isEmpty() ? "None." : periods.toString());
            doc.section(
                    "Arithmetic",
                    m.monthsCounted() + " months counted; " + m.monthsRequired() + " months required. "
                            + a.decisionReason() + ".");
        }
        doc.section(
                "How months are counted",
                "Only experience verified by the department under a licensed supervisor counts. Overlapping jobs are "
                        + "merged into periods, so a month is counted once; each period counts its whole months from its first day.");
        doc.signature(a.decidedBy() == null ? "Exam administrator" : a.decidedBy(), "Licensing exam administrator");
        return doc.render();
    }

    private org.tryon.platform.pdf.PdfDocumentBuilder document(String title) {
        return letterhead != null
                ? letterhead.document(title)
                : org.tryon.platform.pdf.PdfDocumentBuilder.titled(title)
                        .generatedOn(LocalDate.now(clock)); // tests outside a container
    }

    /**
     * What the candidate sees (no sign-in): the application's status, eligibility, scheduled sessions and current results. An
     * unknown reference and a wrong e-mail address answer the same "not found", so neither can be guessed. A read.
     */
    public PublicStatus publicStatus(String reference, String email) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        ExamApplication a = em.createQuery(
                        "select a from ExamApplication a where a.reference = :r", ExamApplication.class)
                .setParameter("r", ref)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (a == null || email == null || !a.getEmail().equalsIgnoreCase(email.trim())) {
            throw new RecordNotFoundException("exam application", ref.isEmpty() ? "(none)" : ref);
        }
        LocalDate today = LocalDate.now(clock);
        List<SessionLine> sessions = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select s.session_date, s.starts_at, s.site, s.room, g.status from lic_registration g"
                                + " join lic_exam_session s on s.id = g.session_id where g.application_id = ?1 order by s.session_date, s.starts_at")
                .setParameter(1, a.getId())
                .getResultList()) {
            Object[] r = (Object[]) row;
            sessions.add(new SessionLine(day(r[0]), time(r[1]), (String) r[2], (String) r[3], (String) r[4]));
        }
        List<ResultLine> results = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select r.taken_on, r.raw_score, r.item_count, r.percent, r.passed, r.status from lic_result r"
                                + " join lic_attempt t on t.id = r.attempt_id join lic_registration g on g.id = t.registration_id"
                                + " where g.application_id = ?1 and r.status <> 'SUPERSEDED' order by r.taken_on, r.id")
                .setParameter(1, a.getId())
                .getResultList()) {
            Object[] r = (Object[]) row;
            results.add(new ResultLine(
                    day(r[0]),
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(),
                    (BigDecimal) r[3],
                    bool(r[4]),
                    (String) r[5]));
        }
        return new PublicStatus(
                a.getReference(),
                a.getFullName(),
                typeNames().get(a.getCertificateType()),
                a.getAppliedOn(),
                a.displayStatus(today),
                a.getDecidedOn(),
                a.getEligibleUntil(),
                a.getDecisionReason(),
                sessions,
                results);
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalTime time(Object o) {
        return o instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) o;
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private Map<String, String> typeNames() {
        return em.createQuery("select c from CertificateType c", CertificateType.class).getResultList().stream()
                .collect(Collectors.toMap(CertificateType::getCode, CertificateType::getName, (x, y) -> x));
    }

    private ExamApplication find(long id, boolean lock) {
        ExamApplication a = lock
                ? em.find(ExamApplication.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ExamApplication.class, id);
        if (a == null || a.getReference() == null) {
            throw new RecordNotFoundException("exam application", id);
        }
        return a;
    }

    ApplicationView view(ExamApplication a) {
        LocalDate today = LocalDate.now(clock);
        ExamRule rule = a.getRuleId() != null ? em.find(ExamRule.class, a.getRuleId()) : ruleOrNull(a);
        EligibilityArithmetic.Result result =
                rule == null ? null : a.arithmetic(rule.getExperienceMonths(), rule.getMinWeeklyHours());
        Map<Long, EligibilityArithmetic.JobLine> lines = result == null
                ? Map.of()
                : result.jobs().stream().collect(Collectors.toMap(l -> l.job().id(), Function.identity(), (x, y) -> x));
        List<ExperienceView> experience = new ArrayList<>();
        for (ExperienceLine l : a.getExperience()) {
            EligibilityArithmetic.JobLine j = lines.get(l.getId());
            experience.add(new ExperienceView(
                    l.getId(),
                    l.getEmployer(),
                    l.getSupervisor(),
                    l.getSupervisorLicense(),
                    l.getFromDay(),
                    l.getToDay(),
                    l.getHoursPerWeek(),
                    l.getStatus().name(),
                    l.getRejectReason(),
                    l.getCheckedBy(),
                    j != null && j.counted(),
                    j == null ? null : j.why()));
        }
        List<ReferenceView> references = new ArrayList<>();
        for (Referee r : a.getReferees()) {
            references.add(new ReferenceView(
                    r.getId(),
                    r.getName(),
                    r.getContact(),
                    r.getRelation(),
                    r.getStatus().name(),
                    r.getRejectReason(),
                    r.getCheckedBy()));
        }
        ArithmeticView arithmetic = result == null
                ? null
                : new ArithmeticView(
                        rule.getId(),
                        rule.getEffectiveFrom(),
                        rule.getReason(),
                        result.periods().stream()
                                .map(p -> new PeriodView(p.from(), p.to(), p.months()))
                                .toList(),
                        result.monthsCounted(),
                        result.monthsRequired(),
                        result.minWeeklyHours(),
                        result.eligible(),
                        result.summary());
        return new ApplicationView(
                a.getId(),
                a.getReference(),
                a.getCandidateId(),
                a.getFullName(),
                a.getDateOfBirth(),
                a.getMailingAddress(),
                a.getEmail(),
                a.getPhone(),
                a.getCertificateType(),
                typeNames().get(a.getCertificateType()),
                a.getAppliedOn(),
                a.displayStatus(today),
                a.getDecidedOn(),
                a.getEligibleUntil(),
                a.getDecidedBy(),
                a.getDecisionReason(),
                a.getReceivedVia() == null ? null : a.getReceivedVia().name(),
                a.identityComplete(),
                experience,
                references,
                arithmetic);
    }

    private ExamRule ruleOrNull(ExamApplication a) {
        try {
            return book.inForce(a.getCertificateType(), a.getAppliedOn());
        } catch (RuleViolationException none) {
            return null;
        }
    }

    /** Whether {@code status} is a decided one (for screens). */
    public static boolean decided(String status) {
        return !ApplicationStatus.SUBMITTED.name().equals(status);
    }
}
