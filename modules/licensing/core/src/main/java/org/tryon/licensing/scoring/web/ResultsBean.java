package org.tryon.licensing.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.scoring.application.Challenges;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultDetail;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.web.FacesErrors;

/** The results list (by session, type and days taken) and one result with its history and challenges. */
@Named
@ViewScoped
public class ResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scoring scoring;

    @Inject
    Challenges challenges;

    @Inject
    Licensing licensing;

    private Long sessionId;
    private String certificateType;
    private LocalDate from;
    private LocalDate to;
    private List<ResultView> list;

    private Long id;
    private ResultDetail detail;
    private String kind = "ITEM_CHALLENGE";
    private Integer position;
    private String grounds;

    public void search() {
        list = null;
    }

    public List<ResultView> getList() {
        if (list == null) {
            try {
                list = scoring.results(sessionId, certificateType, from, to);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                list = List.of();
            }
        }
        return list;
    }

    public ResultDetail getDetail() {
        if (detail == null && id != null) {
            try {
                detail = scoring.result(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return detail;
    }

    public void file() {
        try {
            var c = challenges.file(new Challenges.File(id, kind, position, grounds));
            FacesErrors.info(("ITEM_CHALLENGE".equals(c.kind()) ? "Item challenge " : "Score appeal ") + c.id()
                    + " filed; the licensing subcommittee decides it");
            grounds = null;
            position = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }
}
