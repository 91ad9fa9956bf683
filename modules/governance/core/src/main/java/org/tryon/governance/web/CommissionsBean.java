package org.tryon.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.governance.application.AppointMember;
import org.tryon.governance.application.CommissionView;
import org.tryon.governance.application.Commissions;
import org.tryon.platform.web.FacesErrors;

/** The commissions screen: each commission's seats with their members, and the appointment form. */
@Named
@ViewScoped
public class CommissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Commissions commissions;

    private String code = "BDC";
    private Integer seat;
    private String memberName;
    private LocalDate termStart;
    private Integer termYears;
    private List<CommissionView> list;

    public void appoint() {
        try {
            var a = commissions.appoint(code, seat == null ? 0 : seat, new AppointMember(memberName, termStart, termYears));
            FacesErrors.info(a.memberName() + " appointed to seat " + seat + " of the " + code + " until " + a.termEnd());
            memberName = null;
            termStart = null;
            termYears = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<CommissionView> getList() {
        if (list == null) {
            list = commissions.list();
        }
        return list;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Integer getSeat() { return seat; }
    public void setSeat(Integer seat) { this.seat = seat; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public Integer getTermYears() { return termYears; }
    public void setTermYears(Integer termYears) { this.termYears = termYears; }
}
