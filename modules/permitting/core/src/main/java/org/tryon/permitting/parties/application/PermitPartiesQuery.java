package org.tryon.permitting.parties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tryon.permitting.api.PermitParties;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.platform.kernel.ProjectId;

/** Answers {@link PermitParties} for governance (conflicts of TAB members, 107.2.4 J.1). A read: nothing is written. */
@ApplicationScoped
@Transactional
public class PermitPartiesQuery implements PermitParties {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public List<Party> find(PartyKind kind, String text, int max) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        int limit = Math.max(1, Math.min(max, 200));
        return switch (kind) {
            case CONTRACTOR ->
                em
                        .createQuery(
                                "select distinct c from ContractorFirm c left join c.licenses l where lower(c.name) like :t "
                                        + "or lower(l.number) like :t order by c.name",
                                ContractorFirm.class)
                        .setParameter("t", like)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(PermitPartiesQuery::party)
                        .toList();
            case DESIGN_PROFESSIONAL ->
                em
                        .createQuery(
                                "select d from DesignProfessional d where lower(d.name) like :t "
                                        + "or lower(coalesce(d.firmName, '')) like :t order by d.name",
                                DesignProfessional.class)
                        .setParameter("t", like)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(PermitPartiesQuery::party)
                        .toList();
            case OWNER ->
                em
                        .createQuery("select o from Owner o where lower(o.name) like :t order by o.name", Owner.class)
                        .setParameter("t", like)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(PermitPartiesQuery::party)
                        .toList();
        };
    }

    @Override
    public Optional<Party> party(PartyKind kind, long id) {
        return switch (kind) {
            case CONTRACTOR ->
                Optional.ofNullable(em.find(ContractorFirm.class, id)).map(PermitPartiesQuery::party);
            case DESIGN_PROFESSIONAL ->
                Optional.ofNullable(em.find(DesignProfessional.class, id)).map(PermitPartiesQuery::party);
            case OWNER -> Optional.ofNullable(em.find(Owner.class, id)).map(PermitPartiesQuery::party);
        };
    }

    @Override
    public Optional<Subject> permit(String permitNumber) {
        if (permitNumber == null || permitNumber.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select p from Permit p where p.number = :n", Permit.class)
                .setParameter("n", permitNumber.trim())
                .getResultStream()
                .findFirst()
                .map(p -> subject(p.getProject(), p));
    }

    @Override
    public Optional<Subject> project(ProjectId projectId) {
        return Optional.ofNullable(em.find(Project.class, projectId.value())).map(p -> subject(p, null));
    }

    @Override
    public List<String> permitsOf(PartyKind kind, long id) {
        String where = switch (kind) {
            case CONTRACTOR -> "p.contractor.id = :id";
            case OWNER -> "p.project.owner.id = :id";
            case DESIGN_PROFESSIONAL ->
                "p.project in (select s.project from PlanSubmission s where s.sealedBy.id = :id)";
        };
        return em.createQuery(
                        "select p.number from Permit p where p.number is not null and " + where + " order by p.id desc",
                        String.class)
                .setParameter("id", id)
                .setMaxResults(200)
                .getResultList();
    }

    private Subject subject(Project project, Permit permit) {
        List<Role> roles = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (permit != null && permit.getContractor() != null) {
            add(roles, seen, party(permit.getContractor()), "holds permit " + permit.getNumber());
        }
        add(roles, seen, party(project.getOwner()), "owns the project " + project.getName());
        for (Permit p : em.createQuery(
                        "select p from Permit p left join fetch p.contractor where p.project = :p order by p.id",
                        Permit.class)
                .setParameter("p", project)
                .getResultList()) {
            if (p.getContractor() != null) {
                add(roles, seen, party(p.getContractor()), "holds permit " + p.getNumber() + " on the project");
            }
        }
        for (PlanSubmission s : em.createQuery(
                        "select s from PlanSubmission s where s.project = :p and s.sealedBy is not null order by s.cycle",
                        PlanSubmission.class)
                .setParameter("p", project)
                .getResultList()) {
            add(roles, seen, party(s.getSealedBy()), "sealed the project's plans (cycle " + s.getCycle() + ")");
        }
        return new Subject(
                permit == null ? null : permit.getNumber(),
                new ProjectId(project.getId()),
                project.getName(),
                String.valueOf(project.getAddress()),
                roles);
    }

    private static void add(List<Role> roles, Set<String> seen, Party party, String role) {
        if (seen.add(party.kind() + ":" + party.id())) {
            roles.add(new Role(party, role));
        }
    }

    private static Party party(ContractorFirm c) {
        return new Party(PartyKind.CONTRACTOR, c.getId(), c.getName(), "contractor firm");
    }

    private static Party party(DesignProfessional d) {
        return new Party(
                PartyKind.DESIGN_PROFESSIONAL,
                d.getId(),
                d.getName(),
                d.getProfession().label() + (d.getFirmName() == null ? "" : ", " + d.getFirmName()));
    }

    private static Party party(Owner o) {
        return new Party(PartyKind.OWNER, o.getId(), o.getName(), "owner");
    }
}
