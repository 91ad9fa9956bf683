package org.tryon.permitting.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.permitting.certificates.application.CertificateView;
import org.tryon.permitting.certificates.application.Certificates;
import org.tryon.permitting.certificates.application.CertificatesOverview;
import org.tryon.permitting.certificates.application.IssueTemporaryCertificate;
import org.tryon.permitting.certificates.application.RevokeTemporaryCertificate;
import org.tryon.permitting.certificates.application.TemporaryCertificateView;
import org.tryon.permitting.permits.web.ProjectBean;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The Certificates tab of a project's page (108.11.3, 108.11.4): what stands between the project
 * and its certificate, the certificate with its PDF once issued, and the temporary certificates of
 * occupancy (expired ones shown as such) with their PDFs, renewal and revocation.
 */
@Named
@ViewScoped
public class ProjectCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectBean projectBean;

    @Inject
    Certificates certificates;

    private CertificatesOverview overview;
    private String portion;
    private String conditions;
    private String revocationReason;

    public CertificatesOverview getOverview() {
        if (overview == null && projectBean.getId() != null) {
            try {
                overview = certificates.overview(projectBean.getId());
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return overview;
    }

    public CertificateView getCertificate() {
        return getOverview() == null ? null : overview.certificate();
    }

    public List<RuleViolationException.Violation> getCheck() {
        return getOverview() == null ? List.of() : overview.certificateCheck();
    }

    public List<TemporaryCertificateView> getTemporaries() {
        return getOverview() == null ? List.of() : overview.temporaryCertificates();
    }

    public void issue() {
        act(() -> "Certificate " + certificates.issue(projectBean.getId()).number() + " issued (108.11.4)");
    }

    public void issueTemporary() {
        act(() -> {
            TemporaryCertificateView t = certificates.issueTemporary(
                    projectBean.getId(), new IssueTemporaryCertificate(portion, conditions));
            portion = null;
            conditions = null;
            return "Temporary certificate " + t.number() + " issued, in force through "
                    + UsFormat.date(t.validThrough()) + " (108.11.3)";
        });
    }

    public void renew(long id) {
        act(() -> {
            TemporaryCertificateView t = certificates.renewTemporary(projectBean.getId(), id);
            return "Temporary certificate " + t.number() + " renewed through " + UsFormat.date(t.validThrough())
                    + " (108.11.3)";
        });
    }

    public void revoke(long id) {
        act(() -> {
            TemporaryCertificateView t = certificates.revokeTemporary(
                    projectBean.getId(), id, new RevokeTemporaryCertificate(revocationReason));
            revocationReason = null;
            return "Temporary certificate " + t.number() + " revoked (108.11.3)";
        });
    }

    private void act(Supplier<String> action) {
        try {
            String done = action.get();
            overview = null;
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getPortion() {
        return portion;
    }

    public void setPortion(String portion) {
        this.portion = portion;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }
}
