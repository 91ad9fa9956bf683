package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    Projects projects;

    @Override
    public List<ProjectChoice> find(String text, int max) {
        String q = text == null ? "" : text.strip();
        int limit = Math.max(1, Math.min(max, 50));
        List<ProjectChoice> found = new ArrayList<>();
        if (q.matches("\\d{1,18}")) {
            Project byNumber = em.find(Project.class, Long.parseLong(q));
            if (byNumber != null) {
                found.add(new ProjectChoice(
                        new ProjectId(byNumber.getId()),
                        byNumber.getName(),
                        String.valueOf(byNumber.getAddress()),
                        byNumber.getPin()));
            }
        }
        for (ProjectView j : projects.search(q, limit)) {
            if (found.size() < limit
                    && found.stream().noneMatch(f -> f.projectId().value() == j.id())) {
                found.add(new ProjectChoice(new ProjectId(j.id()), j.name(), j.address(), j.pin()));
            }
        }
        return found;
    }

    @Override
    public Map<PermitId, String> permitNumbers(Collection<PermitId> permitIds) {
        List<Long> ids = permitIds.stream().map(PermitId::value).distinct().toList();
        Map<PermitId, String> numbers = new HashMap<>();
        if (ids.isEmpty()) {
            return numbers;
        }
        em.createQuery("select p.id, p.number from Permit p where p.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> numbers.put(new PermitId((Long) r[0]), (String) r[1]));
        return numbers;
    }

    @Override
    public Optional<ProjectId> projectOf(PermitId permitId) {
        return Optional.ofNullable(em.find(Permit.class, permitId.value()))
                .map(p -> new ProjectId(p.getProject().getId()));
    }
}
