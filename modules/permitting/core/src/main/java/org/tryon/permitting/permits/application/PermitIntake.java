package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The intake of an application in one step: the project (one on record, or a new one with its
 * owner) and the permit application (108.8 D). All or nothing: when the application is refused,
 * the new project is not kept either.
 */
@ApplicationScoped
public class PermitIntake {

    @Inject
    Projects projects;

    @Inject
    Permits permits;

    /** Applies on {@code projectId}, or on the project {@code newProject} creates when no id is given. */
    @Transactional
    public PermitView submit(Long projectId, CreateProject newProject, ApplyForPermit application) {
        long id;
        if (projectId != null) {
            id = projectId;
        } else if (newProject != null) {
            id = projects.create(newProject).id();
        } else {
            throw new RuleViolationException(
                    "projectId", "required", "Choose a project on record or describe a new one");
        }
        return permits.apply(new ApplyForPermit(
                id,
                application.trade(),
                application.contractorId(),
                application.homeownerName(),
                application.homeownerPrimaryResidence(),
                application.masterPermitId(),
                application.description(),
                application.constructionValue(),
                application.complianceStatement(),
                application.statementBy(),
                application.replacesPermitId(),
                application.homeownerCertificateNumber()));
    }
}
