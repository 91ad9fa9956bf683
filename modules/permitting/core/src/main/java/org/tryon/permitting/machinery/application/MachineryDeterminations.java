package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tryon.permitting.machinery.domain.MachineryAuthority;
import org.tryon.permitting.machinery.domain.MachineryDeclaration;
import org.tryon.permitting.machinery.domain.MachineryEscalation;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.permits.domain.Permit;

/**
 * Use cases of the owner's declaration and the department's determinations (108.10 G.1, G.3 B to
 * G.3 D): recording a declaration or an amendment, the field inspector's initial determination of
 * an item, the referral to the trade chief, the joint site visit, and the final determination. Each
 * checks the caller's role, then the command, then the rules, before anything changes; a refused
 * action leaves every record as it was.
 */
@ApplicationScoped
@Transactional
public class MachineryDeterminations {

    @Inject
    MachineryContext context;

    @Inject
    MachineryRecords records;

    /** G.1: the signed declaration (the first on the permit) or an amendment (the next ones), with its items numbered on. */
    public MachineryRecordView declare(long permitId, RecordDeclaration command) {
        context.allowed(
                MachineryAuthority.declarationRecorders(), "108.10 G.1 industrial machinery declaration", command);
        Permit permit = context.permit(permitId);
        EntityManager em = context.em();
        List<MachineryItem> listed = context.items(permitId);
        int sequence = em.createQuery(
                                "select coalesce(max(d.sequence), 0) from MachineryDeclaration d where d.permitId = :p",
                                Integer.class)
                        .setParameter("p", permitId)
                        .getSingleResult()
                + 1;
        MachineryDeclaration declaration = MachineryDeclaration.received(
                new MachineryDeclaration.PermitRef(permit.getId(), permit.getNumber(), permit.getStatus()),
                sequence,
                command.ownerName(),
                command.ownerAddress(),
                command.product(),
                command.processDescription(),
                new MachineryDeclaration.Signature(
                        command.signerName(), command.signerTitle(), command.signerCapacity(), command.signedOn()),
                context.act());
        em.persist(declaration);
        em.flush();
        int number = listed.stream().mapToInt(MachineryItem::getNumber).max().orElse(0);
        for (DeclaredItem d : command.items()) {
            MachineryItem replaces =
                    d.replacesItemId() == null ? null : context.itemOf(permitId, d.replacesItemId(), "replacesItemId");
            em.persist(MachineryItem.declared(
                    declaration,
                    ++number,
                    new MachineryItem.Equipment(
                            d.description(), d.size(), d.weightPounds(), d.building(), d.space(), d.processStep()),
                    replaces));
        }
        em.flush();
        return records.record(permitId);
    }

    /** G.3 C: the field inspector's initial determination of one item. */
    public MachineryRecordView determineInitially(long itemId, MakeDetermination command) {
        context.allowed(MachineryAuthority.initialDeterminers(), "108.10 G.3 C initial determination", command);
        MachineryItem item = context.item(itemId);
        context.em()
                .persist(
                        item.determineInitially(command.outcome(), command.ground(), command.details(), context.act()));
        return recordOf(item);
    }

    /** G.3 D: the inspector refers items to the trade chief or assistant trade chief. */
    public MachineryRecordView refer(long permitId, ReferToTradeChief command) {
        context.allowed(MachineryAuthority.escalators(), "108.10 G.3 D referral to the trade chief", command);
        context.permit(permitId);
        List<MachineryItem> items = command.itemIds().stream()
                .distinct()
                .map(id -> context.itemOf(permitId, id, "itemIds"))
                .toList();
        MachineryEscalation escalation = new MachineryEscalation(
                permitId, command.cause(), command.details(), command.chiefContacted(), context.act());
        context.em().persist(escalation);
        context.em().flush();
        items.forEach(i -> i.refer(escalation.getId(), command.cause()));
        context.em().flush();
        return records.record(permitId);
    }

    /** G.3 D: the inspector and the trade chief or assistant trade chief visited the project. */
    public MachineryRecordView recordSiteVisit(long escalationId, RecordSiteVisit command) {
        context.allowed(MachineryAuthority.escalators(), "108.10 G.3 D site visit", command);
        MachineryEscalation escalation = context.escalation(escalationId);
        escalation.recordSiteVisit(
                command.visitedOn(),
                command.inspector(),
                command.chief(),
                command.chiefTitle(),
                command.notes(),
                context.act());
        context.em().flush();
        return records.record(escalation.getPermitId());
    }

    /** G.3 D: the trade chief's final determination of a referred item, after the site visit. */
    public MachineryRecordView determineFinally(long itemId, MakeDetermination command) {
        context.allowed(MachineryAuthority.tradeChiefs(), "108.10 G.3 D final determination", command);
        MachineryItem item = context.item(itemId);
        MachineryEscalation escalation =
                item.getEscalationId() == null ? null : context.escalation(item.getEscalationId());
        context.em()
                .persist(item.determineFinally(
                        escalation, command.outcome(), command.ground(), command.details(), context.act()));
        return recordOf(item);
    }

    private MachineryRecordView recordOf(MachineryItem item) {
        context.em().flush();
        return records.record(item.getPermitId());
    }
}
