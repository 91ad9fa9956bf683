package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.permitting.machinery.application.FileAppeal;
import org.tryon.permitting.machinery.application.MachineryAppeals;

/**
 * 108.10 G.2: the form filing the owner's appeal of exceptions taken, bound to {@link FileAppeal}.
 */
@Named
@ViewScoped
public class MachineryAppealForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private LocalDate appealFiledOn;
    private String appellant;
    private String appealGrounds;
    private List<Long> appealedItemIds = new ArrayList<>();

    @Inject
    transient MachineryAppeals appeals;

    public void fileAppeal() {
        page.act(() -> appeals.file(page.getTargetPermitId(), new FileAppeal(appealFiledOn, appellant, appealGrounds,
                List.copyOf(appealedItemIds))), "Appeal recorded (G.2)", () -> {
                    appealedItemIds = new ArrayList<>();
                    appealGrounds = null;
                });
    }

    public LocalDate getAppealFiledOn() { return appealFiledOn; }
    public void setAppealFiledOn(LocalDate v) { appealFiledOn = v; }
    public String getAppellant() { return appellant; }
    public void setAppellant(String v) { appellant = v; }
    public String getAppealGrounds() { return appealGrounds; }
    public void setAppealGrounds(String v) { appealGrounds = v; }
    public List<Long> getAppealedItemIds() { return appealedItemIds; }
    public void setAppealedItemIds(List<Long> v) { appealedItemIds = v; }
}
