package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;

/** Answers {@link ProjectPermits} for the other modules (fees' re-inspection fee adjustment, Re-Inspection Fee Program). */
@ApplicationScoped
@Transactional
public class ProjectPermitsQuery implements ProjectPermits {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public Optional<ProjectWithPermits> project(ProjectId projectId) {
        Project project = em.find(Project.class, projectId.value());
        if (project == null) {
            return Optional.empty();
        }
        var permits = em
                .createQuery("select p from Permit p where p.project = :p order by p.id", Permit.class)
                .setParameter("p", project)
                .getResultList()
                .stream()
                .map(p -> new PermitOnProject(
                        new PermitId(p.getId()),
                        p.getNumber(),
                        p.getTrade(),
                        p.holder(),
                        p.getStatus(),
                        p.getConstructionValue()))
                .toList();
        return Optional.of(new ProjectWithPermits(
                new ProjectId(project.getId()),
                project.getName(),
                String.valueOf(project.getAddress()),
                project.isResidential(),
                project.getConstructionValue(),
                permits));
    }

    @Override
    public Optional<ProjectId> projectOf(PermitId permitId) {
        return Optional.ofNullable(em.find(Permit.class, permitId.value()))
                .map(p -> new ProjectId(p.getProject().getId()));
    }
}
