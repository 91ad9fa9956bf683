package org.tryon.licensing.delivery.application;

import static org.tryon.licensing.scoring.application.ExamFacts.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tryon.licensing.delivery.domain.ExamAttempt;
import org.tryon.licensing.delivery.domain.ExamTime;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.scoring.application.ExamFacts;
import org.tryon.licensing.scoring.application.ExamFacts.Registration;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * Paper answer sheets (106; the outage plan): for sites without computers and for outages, a candidate's sheet is
 * keyed on a staff screen (one letter per position of the form) or imported in a CSV batch, one line per candidate
 * ({@code registration,answers}: the registration number and the letters in the order of the form, {@code -} or
 * a space for a question left blank). A batch is recorded entirely or not at all; each refusal names its line,
 * field and rule. A recorded sheet is a submitted PAPER attempt, scored at once.
 */
@ApplicationScoped
@Transactional
public class AnswerSheets {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamRuleBook rules;

    @Inject
    Clock clock;

    @Inject
    Scoring scoring;

    public AnswerSheets() {}

    /** For tests outside a container. */
    public AnswerSheets(EntityManager em, Clock clock, Scoring scoring) {
        this.em = em;
        this.rules = new ExamRuleBook(em);
        this.clock = clock;
        this.scoring = scoring;
    }

    /** The blank sheet of a registration: its form's positions and the letters each allows. */
    public record SheetView(
            long registrationId,
            String candidateName,
            String certificateType,
            String formCode,
            List<SheetPosition> positions)
            implements java.io.Serializable {}

    public record SheetPosition(int position, List<String> letters) implements java.io.Serializable {}

    /** The positions of the registration's form, for keying. */
    public SheetView sheet(long registrationId) {
        Registration reg = ExamFacts.registration(em, registrationId)
                .orElseThrow(() -> new RecordNotFoundException("registration", registrationId));
        scoring.requireSessionOf(reg.sessionId());
        if (reg.formId() == null) {
            throw new RuleViolationException(
                    "registration", "106", "Registration " + registrationId + " has no form: it was not checked in");
        }
        return new SheetView(
                reg.id(), reg.candidateName(), reg.certificateType(), reg.formCode(), positions(reg.formId()));
    }

    private List<SheetPosition> positions(long formId) {
        return ExamFacts.questions(em, formId).stream()
                .map(q -> new SheetPosition(
                        q.position(),
                        q.options().stream().map(ExamFacts.Option::label).toList()))
                .toList();
    }

    /** Keys one sheet on the staff screen: {@code answers} is the letters in the form's order ({@code -} or space for a blank). */
    public ResultView key(long registrationId, String answers) {
        List<Violation> errors = new ArrayList<>();
        Registration reg = check(registrationId, answers, "", errors, new HashSet<>());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return record(reg, answers, "KEYED");
    }

    /**
     * Imports a CSV batch (header {@code registration,answers}, one line per candidate): all lines or none. The
     * refusals name the line ({@code line 3: answers}), the field and the rule.
     */
    public List<ResultView> importBatch(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new RuleViolationException(
                    "file", "required", "The batch is empty: a header registration,answers and one line per candidate");
        }
        List<Violation> errors = new ArrayList<>();
        Map<Long, Registration> regs = new TreeMap<>();
        Map<Long, String> lines = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv.strip()),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(false)
                        .get())) {
            if (!parser.getHeaderNames().equals(List.of("registration", "answers"))) {
                throw new RuleViolationException(
                        "line 1: header",
                        "registration,answers",
                        "The first line names the columns: registration,answers (found "
                                + String.join(",", parser.getHeaderNames()) + ")");
            }
            int count = 0;
            for (CSVRecord rec : parser) {
                count++;
                String where = "line " + (rec.getRecordNumber() + 1) + ": ";
                if (rec.size() != 2) {
                    errors.add(new Violation(
                            where + "line",
                            "2 fields",
                            where + "a line has 2 fields (registration,answers), found " + rec.size()));
                    continue;
                }
                long id;
                try {
                    id = Long.parseLong(rec.get(0).trim());
                } catch (NumberFormatException e) {
                    errors.add(new Violation(
                            where + "registration",
                            "a number",
                            where + "'" + rec.get(0) + "' is not a registration number"));
                    continue;
                }
                Registration reg = check(id, rec.get(1), where, errors, seen);
                if (reg != null) {
                    regs.put(rec.getRecordNumber(), reg);
                    lines.put(rec.getRecordNumber(), rec.get(1));
                }
            }
            if (count == 0 && errors.isEmpty()) {
                errors.add(new Violation("file", "required", "The batch has no lines after the header"));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException("file", "CSV", "The batch is not readable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<ResultView> results = new ArrayList<>();
        for (Map.Entry<Long, Registration> e : regs.entrySet()) {
            results.add(record(e.getValue(), lines.get(e.getKey()), "IMPORTED"));
        }
        return results;
    }

    /** Checks one sheet; adds a violation per broken rule (prefixed with its line) and returns the registration when it may be recorded. */
    private Registration check(
            long registrationId, String answers, String where, List<Violation> errors, Set<Long> seen) {
        Registration reg = ExamFacts.registration(em, registrationId).orElse(null);
        if (reg == null) {
            errors.add(new Violation(
                    where + "registration", "exists", where + "there is no registration " + registrationId));
            return null;
        }
        scoring.requireSessionOf(reg.sessionId());
        if (!seen.add(registrationId)) {
            errors.add(new Violation(
                    where + "registration",
                    "once",
                    where + "registration " + registrationId + " appears twice in the batch"));
            return null;
        }
        if (!reg.checkedIn() || reg.formId() == null) {
            errors.add(new Violation(
                    where + "registration",
                    "106",
                    where + "registration " + registrationId + " is " + reg.status()
                            + ": a sheet is recorded for a checked-in candidate with a form"));
            return null;
        }
        if (((Number) em.createNativeQuery("select count(*) from lic_attempt where registration_id = ?1")
                                .setParameter(1, registrationId)
                                .getSingleResult())
                        .intValue()
                > 0) {
            errors.add(new Violation(
                    where + "registration",
                    "one attempt",
                    where + "registration " + registrationId + " already has an attempt"));
            return null;
        }
        List<SheetPosition> positions = positions(reg.formId());
        String letters = answers == null ? "" : answers.toUpperCase();
        if (letters.length() != positions.size()) {
            errors.add(new Violation(
                    where + "answers",
                    positions.size() + " letters",
                    where + "the form " + reg.formCode() + " has " + positions.size() + " questions; the sheet has "
                            + letters.length() + " answers (use - for a blank)"));
            return null;
        }
        for (int i = 0; i < positions.size(); i++) {
            char c = letters.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            if (!positions.get(i).letters().contains(String.valueOf(c))) {
                errors.add(new Violation(
                        where + "answers",
                        "one of " + String.join("", positions.get(i).letters()),
                        where + "question " + positions.get(i).position() + " has no option '" + c + "'"));
            }
        }
        return reg;
    }

    private ResultView record(Registration reg, String answers, String how) {
        ExamRule rule = rules.inForce(reg.certificateType(), reg.sessionDate());
        ExamAttempt attempt = ExamAttempt.onPaper(
                reg.id(),
                reg.formId(),
                ExamTime.allowedSeconds(rule.getMinutes(), reg.extraMinutes()),
                clock.instant(),
                how);
        em.persist(attempt);
        em.flush();
        List<SheetPosition> positions = positions(reg.formId());
        String letters = answers.toUpperCase();
        for (int i = 0; i < positions.size(); i++) {
            char c = letters.charAt(i);
            String chosen = c == '-' || c == ' ' ? null : String.valueOf(c);
            em.createNativeQuery(
                            "insert into lic_response (attempt_id, position, item_version_id, chosen, answered_at, flagged)"
                                    + " select ?1, position, item_version_id, ?2, null, false from lic_form_item where form_id = ?3 and position = ?4")
                    .setParameter(1, attempt.getId())
                    .setParameter(2, chosen)
                    .setParameter(3, reg.formId())
                    .setParameter(4, positions.get(i).position())
                    .executeUpdate();
        }
        ExamKiosk.markCompleted(em, reg.id());
        scoring.scoreSubmitted(attempt, "Paper answer sheet " + ("KEYED".equals(how) ? "keyed" : "imported"));
        return scoring.currentOfRegistration(reg.id()).orElseThrow();
    }

    /** The number of a registration's attempts (for screens). */
    long attempts(long registrationId) {
        return num(em.createNativeQuery("select count(*) from lic_attempt where registration_id = ?1")
                .setParameter(1, registrationId)
                .getSingleResult());
    }
}
