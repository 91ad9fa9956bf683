package org.tryon.licensing.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * Which examination rules were in force for a certificate type on a day (106; every number is
 * effective-dated data per certificate type). Read by eligibility (the application date), registration
 * (the session day: fee, retake waiting period, attempt limit), delivery (questions, minutes), scoring
 * (the cut score on the day the exam was taken) and certificates (renewal period, continuing education).
 */
@ApplicationScoped
public class ExamRuleBook {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    public ExamRuleBook() {}

    /** For tests outside a container. */
    public ExamRuleBook(EntityManager em) {
        this.em = em;
    }

    /** The rule in force for {@code certificateType} on {@code day}; refused naming the field when there is none. */
    public ExamRule inForce(String certificateType, LocalDate day) {
        List<ExamRule> rules = em.createQuery(
                        "select r from ExamRule r where r.certificateType = :type and r.effectiveFrom <= :day"
                                + " order by r.effectiveFrom desc",
                        ExamRule.class)
                .setParameter("type", certificateType)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList();
        if (rules.isEmpty()) {
            throw new RuleViolationException(
                    "certificateType",
                    "106",
                    "No examination rules are in force for " + certificateType + " on " + UsFormat.date(day));
        }
        return rules.get(0);
    }

    /** Every rule of {@code certificateType}, newest first: the history of what applied when. */
    public List<ExamRule> history(String certificateType) {
        return em.createQuery(
                        "select r from ExamRule r where r.certificateType = :type order by r.effectiveFrom desc",
                        ExamRule.class)
                .setParameter("type", certificateType)
                .getResultList();
    }
}
