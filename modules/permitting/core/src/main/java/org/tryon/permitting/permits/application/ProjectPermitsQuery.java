package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;

/** Answers {@link ProjectPermits} for the other modules (fees' re-inspection fee adjustment, Re-Inspection Fee Program). */
@ApplicationScoped
@Transactional
public class ProjectPermitsQuery implements ProjectPermits {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public Optional<ProjectWithPermits> project(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            return Optional.empty();
        }
        var permits = em
                .createQuery("select p from Permit p where p.project = :p order by p.id", Permit.class)
                .setParameter("p", project)
                .getResultList()
                .stream()
                .map(p -> new PermitOnProject(
                        p.getId(), p.getNumber(), p.getTrade(), p.holder(), p.getStatus(), p.getConstructionValue()))
                .toList();
        return Optional.of(new ProjectWithPermits(
                project.getId(),
                project.getName(),
                String.valueOf(project.getAddress()),
                project.isResidential(),
                project.getConstructionValue(),
                permits));
    }

    @Override
    public Optional<Long> projectOf(long permitId) {
        return Optional.ofNullable(em.find(Permit.class, permitId))
                .map(p -> p.getProject().getId());
    }
}
