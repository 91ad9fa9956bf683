package org.tryon.permitting.plans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.plans.domain.PlanRequirement;
import org.tryon.permitting.plans.domain.PlanRule;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * The configurable rules of 108.8 E and F.1: which permits need plans identified by their author, a
 * registered design professional's seal, or plan review approval. The administrator keeps them;
 * a rule takes effect from a day no earlier than today and is retired, never edited.
 */
@ApplicationScoped
@Transactional
public class PlanRules {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public List<PlanRuleView> list() {
        return em
                .createQuery("select r from PlanRule r order by r.requirement, r.effectiveFrom, r.id", PlanRule.class)
                .getResultList()
                .stream()
                .map(PlanRuleView::of)
                .toList();
    }

    public PlanRuleView add(AddPlanRule command) {
        requireAdministrator();
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "not-back-dated",
                    "A rule takes effect from today (" + UsFormat.date(today)
                            + ") at the earliest: permits already decided keep the rules of their day");
        }
        PlanRule rule = new PlanRule(
                command.requirement(),
                command.trade(),
                command.residential(),
                command.occupancyFamily(),
                command.minGrossSquareFeet(),
                command.minConstructionValue() == null ? null : Money.of(command.minConstructionValue()),
                command.effectiveFrom(),
                command.citation());
        em.persist(rule);
        return PlanRuleView.of(rule);
    }

    /** Retires a rule after {@code lastDay} (today at the earliest minus one: it applied to the days already past). */
    public PlanRuleView retire(long id, LocalDate lastDay) {
        requireAdministrator();
        if (lastDay == null) {
            throw new RuleViolationException("lastDay", "required", "Say the last day the rule applies");
        }
        PlanRule rule = em.find(PlanRule.class, id);
        if (rule == null) {
            throw new RecordNotFoundException("plan rule", id);
        }
        rule.retireAfter(lastDay, LocalDate.now(clock));
        return PlanRuleView.of(rule);
    }

    /** What the rules in force on {@code day} require of {@code permit}'s plans. */
    public Set<PlanRequirement> requiredFor(Permit permit, LocalDate day) {
        Set<PlanRequirement> required = EnumSet.noneOf(PlanRequirement.class);
        for (PlanRule rule :
                em.createQuery("select r from PlanRule r", PlanRule.class).getResultList()) {
            if (rule.appliesTo(permit.getTrade(), permit.getProject(), permit.getConstructionValue(), day)) {
                required.add(rule.getRequirement());
            }
        }
        return required;
    }

    private void requireAdministrator() {
        user.requireAnyRole("Only the administrator changes the plan rules", Roles.ADMINISTRATOR);
    }
}
