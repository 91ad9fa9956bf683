package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.platform.kernel.PermitId;

/**
 * The permit page's Inspections tab: the inspections made under the permit and what is still open
 * (108.10 D: no part of the work may be covered until a re-inspection passes it). Asked of the
 * inspections module through its api.
 */
@Named
@ViewScoped
public class PermitInspectionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionQueries inspections;

    @Inject
    PermitBean permitBean;

    private List<InspectionQueries.InspectionLine> lines;
    private List<InspectionQueries.OpenDefect> open;

    public List<InspectionQueries.InspectionLine> getInspections() {
        if (lines == null) {
            lines = inspections.inspections(new PermitId(permitBean.getId()));
        }
        return lines;
    }

    private List<InspectionQueries.InspectionPhoto> photos;

    /** The photos the inspectors attached to the permit's inspection results (ADR 0051). */
    public List<InspectionQueries.InspectionPhoto> getPhotos() {
        if (photos == null) {
            photos = inspections.photos(new PermitId(permitBean.getId()));
        }
        return photos;
    }

    public List<InspectionQueries.OpenDefect> getOpenDefects() {
        if (open == null) {
            open = inspections.openDefects(new PermitId(permitBean.getId()));
        }
        return open;
    }
}
