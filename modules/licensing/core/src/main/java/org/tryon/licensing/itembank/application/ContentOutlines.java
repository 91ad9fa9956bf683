package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;
import org.tryon.licensing.itembank.application.ItemBankViews.OutlineView;
import org.tryon.licensing.itembank.domain.ContentOutline;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The content outlines per certificate type (107.1.5 C), effective-dated: recorded as new rows, never edited; the one
 * in force on a day has the latest first day on or before it. An outline counts as many items as the examination rule
 * in force on its first day has questions (106).
 */
@ApplicationScoped
@Transactional
public class ContentOutlines {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ItemBankAccess access;

    @Inject
    ExamRuleBook rules;

    public ContentOutlines() {}

    /** For tests outside a container. */
    public ContentOutlines(EntityManager em, Clock clock, ItemBankAccess access, ExamRuleBook rules) {
        this.em = em;
        this.clock = clock;
        this.access = access;
        this.rules = rules;
    }

    public OutlineView record(RecordOutline command) {
        access.requireExaminer();
        if (command == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        if (command.certificateType() == null || command.certificateType().isBlank()) {
            throw new RuleViolationException("certificateType", "required", "Name the certificate type");
        }
        if (command.effectiveFrom() == null) {
            throw new RuleViolationException(
                    "effectiveFrom", "required", "Give the day from which the outline applies");
        }
        String type = command.certificateType().strip();
        if (!em.createQuery(
                        "select o from ContentOutline o where o.certificateType = :type and o.effectiveFrom = :day",
                        ContentOutline.class)
                .setParameter("type", type)
                .setParameter("day", command.effectiveFrom())
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "unique",
                    "An outline of " + type + " already applies from " + UsFormat.date(command.effectiveFrom())
                            + "; record a new one from another day");
        }
        int questions = rules.inForce(type, command.effectiveFrom()).getQuestions();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (command.areas() != null) {
            for (AreaCount a : command.areas()) {
                if (a == null || a.contentArea() == null || a.contentArea().isBlank()) {
                    throw new RuleViolationException(
                            "areas", "content-area", "Every line of the outline names a content area");
                }
                if (counts.put(a.contentArea().strip(), a.items()) != null) {
                    throw new RuleViolationException(
                            "areas",
                            "distinct-areas",
                            "The content area '" + a.contentArea().strip() + "' is named twice");
                }
            }
        }
        ContentOutline o = new ContentOutline(
                type, command.effectiveFrom(), counts, questions, command.note(), access.who(), clock.instant());
        em.persist(o);
        em.flush();
        return view(o);
    }

    /** The outline of {@code type} in force on {@code day}. */
    public Optional<ContentOutline> inForce(String type, LocalDate day) {
        return em.createQuery(
                        "select o from ContentOutline o where o.certificateType = :type and o.effectiveFrom <= :day"
                                + " order by o.effectiveFrom desc",
                        ContentOutline.class)
                .setParameter("type", type)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every outline, of one type or all, newest first. */
    public List<OutlineView> list(String type) {
        access.requireExaminer();
        return em
                .createQuery(
                        "select o from ContentOutline o where (:type is null or o.certificateType = :type)"
                                + " order by o.certificateType, o.effectiveFrom desc",
                        ContentOutline.class)
                .setParameter("type", type == null || type.isBlank() ? null : type.strip())
                .getResultList()
                .stream()
                .map(ContentOutlines::view)
                .toList();
    }

    public OutlineView get(long id) {
        access.requireExaminer();
        ContentOutline o = em.find(ContentOutline.class, id);
        if (o == null) {
            throw new org.tryon.platform.errors.RecordNotFoundException("outline", id);
        }
        return view(o);
    }

    static OutlineView view(ContentOutline o) {
        return new OutlineView(
                o.getId(),
                o.getCertificateType(),
                o.getEffectiveFrom(),
                o.getNote(),
                o.getRecordedBy(),
                o.getRecordedAt(),
                o.getAreas().stream()
                        .map(a -> new AreaCount(a.getContentArea(), a.getItems()))
                        .toList(),
                o.total());
    }
}
