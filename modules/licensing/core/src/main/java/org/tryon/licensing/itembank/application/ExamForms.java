package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.FormItemView;
import org.tryon.licensing.itembank.application.ItemBankViews.FormRow;
import org.tryon.licensing.itembank.application.ItemBankViews.LockedForm;
import org.tryon.licensing.itembank.application.ItemBankViews.OptionView;
import org.tryon.licensing.itembank.domain.AccessAction;
import org.tryon.licensing.itembank.domain.ContentOutline;
import org.tryon.licensing.itembank.domain.ExamForm;
import org.tryon.licensing.itembank.domain.FormAssembly;
import org.tryon.licensing.itembank.domain.FormAssembly.Candidate;
import org.tryon.licensing.itembank.domain.FormItem;
import org.tryon.licensing.itembank.domain.FormStatus;
import org.tryon.licensing.itembank.domain.ItemStatus;
import org.tryon.licensing.itembank.domain.ItemVersion;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * Forms (107.1.5 C): assembled from ACTIVE items by the content outline in force (at random with a seed; parallel forms
 * draw other items where the bank allows), reviewed, LOCKED (each version on it becomes administered and never changes,
 * 107.1.5 C.2) and RETIRED. {@link #lockedForms} is the question check-in asks: which locked forms of a type may be
 * given.
 */
@ApplicationScoped
@Transactional
public class ExamForms {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ItemBankAccess access;

    @Inject
    ContentOutlines outlines;

    public ExamForms() {}

    /** For tests outside a container. */
    public ExamForms(EntityManager em, Clock clock, ItemBankAccess access, ContentOutlines outlines) {
        this.em = em;
        this.clock = clock;
        this.access = access;
        this.outlines = outlines;
    }

    /** Assembles a DRAFT form of the type by the outline in force today. */
    public FormDetail assemble(AssembleForm command) {
        access.requireExaminer();
        if (command == null
                || command.certificateType() == null
                || command.certificateType().isBlank()) {
            throw new RuleViolationException("certificateType", "required", "Name the certificate type of the form");
        }
        String type = command.certificateType().strip();
        String code = command.code() == null ? null : command.code().strip();
        if (code != null
                && !em.createQuery("select f.id from ExamForm f where f.code = :code", Long.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty()) {
            throw new RuleViolationException("code", "unique", "There is already a form " + code);
        }
        LocalDate today = LocalDate.now(clock);
        ContentOutline outline = outlines.inForce(type, today)
                .orElseThrow(() -> new RuleViolationException(
                        "certificateType",
                        "outline",
                        "107.1.5 C: there is no content outline of " + type + " in force on " + UsFormat.date(today)
                                + "; record one first"));
        Map<String, List<Candidate>> active = new HashMap<>();
        for (ItemVersion v : em.createQuery(
                        "select v from ItemVersion v join fetch v.item i where i.certificateType = :type"
                                + " and v.status = :active",
                        ItemVersion.class)
                .setParameter("type", type)
                .setParameter("active", ItemStatus.ACTIVE)
                .getResultList()) {
            active.computeIfAbsent(v.getContentArea(), a -> new ArrayList<>())
                    .add(new Candidate(v.getItem().getId(), v.getId()));
        }
        Set<Long> onOtherForms = new HashSet<>(em.createQuery(
                        "select distinct v.item.id from ExamForm f join f.items fi, ItemVersion v"
                                + " where fi.itemVersionId = v.id and f.certificateType = :type and f.status <> :retired",
                        Long.class)
                .setParameter("type", type)
                .setParameter("retired", FormStatus.RETIRED)
                .getResultList());
        long seed = command.seed() != null ? command.seed() : clock.instant().toEpochMilli();
        List<Long> drawn = FormAssembly.draw(outline.getAreas(), active, onOtherForms, seed);
        ExamForm form = new ExamForm(type, code, outline.getId(), seed, drawn, access.who(), clock.instant());
        em.persist(form);
        em.flush();
        access.record(AccessAction.FORM_REVIEW, "form " + code + " assembled (seed " + seed + ")", drawn.size());
        return detail(form);
    }

    /** The form with its items: a review of confidential items, logged. */
    public FormDetail review(long formId) {
        access.requireExaminer();
        ExamForm form = find(formId);
        access.record(
                AccessAction.FORM_REVIEW,
                "form " + form.getCode() + " (" + form.getStatus() + ")",
                form.getItems().size());
        return detail(form);
    }

    /** DRAFT -> LOCKED: every item must still be ACTIVE; each version becomes administered (107.1.5 C.2). */
    public FormRow lock(long formId) {
        access.requireExaminer();
        ExamForm form = find(formId);
        Map<Long, ItemVersion> versions = versions(form);
        for (FormItem fi : form.getItems()) {
            ItemVersion v = versions.get(fi.getItemVersionId());
            if (v.getStatus() != ItemStatus.ACTIVE) {
                throw new RuleViolationException(
                        "items",
                        "form-review",
                        "Position " + fi.getPosition() + " holds " + v.getItem().getCode() + " version " + v.getNumber()
                                + ", which is " + v.getStatus() + ": a form is locked with active items only");
            }
        }
        form.lock(access.who(), clock.instant());
        versions.values().forEach(ItemVersion::administer);
        em.flush();
        return row(form);
    }

    public FormRow retire(long formId) {
        access.requireExaminer();
        ExamForm form = find(formId);
        form.retire(clock.instant());
        em.flush();
        return row(form);
    }

    /** The forms, of a type and a status (each optional). */
    public List<FormRow> list(String type, String status) {
        access.requireExaminer();
        FormStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = FormStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "status", "form-status", "'" + status + "' is not a form's status (DRAFT, LOCKED, RETIRED)");
            }
        }
        return em
                .createQuery(
                        "select f from ExamForm f where (:type is null or f.certificateType = :type) and (:status is null or f.status"
                                + " = :status) order by f.certificateType, f.code",
                        ExamForm.class)
                .setParameter("type", type == null || type.isBlank() ? null : type.strip())
                .setParameter("status", st)
                .getResultList()
                .stream()
                .map(ExamForms::row)
                .toList();
    }

    static FormRow row(ExamForm f) {
        return new FormRow(
                f.getId(),
                f.getCode(),
                f.getCertificateType(),
                f.getStatus().name(),
                f.getItems().size(),
                f.getSeed(),
                f.getAssembledAt(),
                f.getLockedAt(),
                f.getLockedBy());
    }

    /**
     * The LOCKED forms of a certificate type, by code: the forms a candidate may be given. Check-in calls this to pick
     * one (another than the candidate took before where there is one). It shows no item and needs no role: it is not a
     * view of the bank.
     */
    public List<LockedForm> lockedForms(String certificateType) {
        return em
                .createQuery(
                        "select f from ExamForm f where f.certificateType = :type and f.status = :locked order by f.code",
                        ExamForm.class)
                .setParameter("type", certificateType)
                .setParameter("locked", FormStatus.LOCKED)
                .getResultList()
                .stream()
                .map(f -> new LockedForm(
                        f.getId(),
                        f.getCode(),
                        f.getCertificateType(),
                        f.getItems().size(),
                        f.getLockedAt()))
                .toList();
    }

    private ExamForm find(long id) {
        ExamForm form = em.find(ExamForm.class, id);
        if (form == null) {
            throw new RecordNotFoundException("form", id);
        }
        return form;
    }

    private Map<Long, ItemVersion> versions(ExamForm form) {
        List<Long> ids =
                form.getItems().stream().map(FormItem::getItemVersionId).toList();
        Map<Long, ItemVersion> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select v from ItemVersion v join fetch v.item where v.id in :ids", ItemVersion.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(v -> out.put(v.getId(), v));
        }
        return out;
    }

    private FormDetail detail(ExamForm form) {
        Map<Long, ItemVersion> versions = versions(form);
        List<FormItemView> items = new ArrayList<>();
        Map<String, Integer> areas = new LinkedHashMap<>();
        for (FormItem fi : form.getItems()) {
            ItemVersion v = versions.get(fi.getItemVersionId());
            areas.merge(v.getContentArea(), 1, Integer::sum);
            items.add(new FormItemView(
                    fi.getPosition(),
                    v.getItem().getId(),
                    v.getItem().getCode(),
                    v.getId(),
                    v.getNumber(),
                    v.getContentArea(),
                    v.getStem(),
                    v.getOptions().stream()
                            .map(o -> new OptionView(o.getLabel(), o.getText()))
                            .toList(),
                    v.getCorrectOption(),
                    v.getStatus().name()));
        }
        return new FormDetail(
                form.getId(),
                form.getCode(),
                form.getCertificateType(),
                form.getStatus().name(),
                form.getSeed(),
                form.getOutlineId(),
                form.getAssembledBy(),
                form.getAssembledAt(),
                form.getLockedBy(),
                form.getLockedAt(),
                form.getRetiredAt(),
                areas.entrySet().stream()
                        .map(e -> new AreaCount(e.getKey(), e.getValue()))
                        .toList(),
                items);
    }
}
