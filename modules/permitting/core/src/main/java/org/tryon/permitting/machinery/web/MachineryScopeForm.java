package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.machinery.application.MachineryFieldReports;
import org.tryon.permitting.machinery.application.RecordInspectionScope;
import org.tryon.permitting.machinery.domain.ConnectionPoint;

/**
 * 108.10 G.3 F.4.1: the form recording what the inspection at final covered for an item (in place,
 * and to which point of connection), bound to {@link RecordInspectionScope}.
 */
@Named
@ViewScoped
public class MachineryScopeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private Long scopeItemId;
    private boolean inPlaceAtFinal;
    private ConnectionPoint connectionPoint;
    private String connectionDetail;

    @Inject
    MachineryFieldReports field;

    public void recordInspectionScope() {
        page.act(
                () -> field.recordInspectionScope(
                        MachineryBean.required(scopeItemId),
                        new RecordInspectionScope(inPlaceAtFinal, connectionPoint, connectionDetail)),
                "Inspection at final recorded (G.3 F.4.1)",
                () -> scopeItemId = null);
    }

    public ConnectionPoint[] getConnectionPoints() {
        return ConnectionPoint.values();
    }

    public Long getScopeItemId() {
        return scopeItemId;
    }

    public void setScopeItemId(Long v) {
        scopeItemId = v;
    }

    public boolean isInPlaceAtFinal() {
        return inPlaceAtFinal;
    }

    public void setInPlaceAtFinal(boolean v) {
        inPlaceAtFinal = v;
    }

    public ConnectionPoint getConnectionPoint() {
        return connectionPoint;
    }

    public void setConnectionPoint(ConnectionPoint v) {
        connectionPoint = v;
    }

    public String getConnectionDetail() {
        return connectionDetail;
    }

    public void setConnectionDetail(String v) {
        connectionDetail = v;
    }
}
