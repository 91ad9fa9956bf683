package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.licensing.itembank.application.ContentOutlines;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;
import org.tryon.licensing.itembank.application.ItemBankViews.OutlineView;
import org.tryon.licensing.itembank.application.RecordOutline;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** Content outlines per certificate type: the list and a new outline (one line per content area: "area | items"). */
@Named
@ViewScoped
public class ItemOutlinesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentOutlines outlines;

    @Inject
    Licensing licensing;

    private String certificateType;
    private LocalDate effectiveFrom;
    private String note;
    private String lines;
    private List<OutlineView> list;

    public void record() {
        try {
            List<AreaCount> areas = new ArrayList<>();
            int n = 0;
            for (String line : (lines == null ? "" : lines).split("\\R")) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.lastIndexOf('|');
                try {
                    areas.add(new AreaCount(
                            line.substring(0, bar).strip(),
                            Integer.parseInt(line.substring(bar + 1).strip())));
                } catch (RuntimeException e) {
                    throw new RuleViolationException(
                            "areas", "area-line", "Line " + n + " is not 'content area | number of items'");
                }
            }
            OutlineView o = outlines.record(new RecordOutline(certificateType, effectiveFrom, note, areas));
            FacesErrors.info("Outline of " + o.certificateType() + " from " + UsFormat.date(o.effectiveFrom())
                    + " recorded (" + o.total() + " items)");
            list = null;
            lines = null;
            note = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<OutlineView> getList() {
        if (list == null) {
            list = outlines.list(null);
        }
        return list;
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }
}
