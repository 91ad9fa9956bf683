package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tryon.permitting.machinery.application.FileAppeal;
import org.tryon.permitting.machinery.application.MachineryAppeals;
import org.tryon.permitting.module.web.AppealFiling;

/**
 * 108.10 G.2: the form filing the owner's appeal of exceptions taken, bound to {@link FileAppeal}:
 * what every appeal states ({@link AppealFiling}) and the items appealed.
 */
@Named
@ViewScoped
public class MachineryAppealForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    @Inject
    MachineryAppeals appeals;

    private final AppealFiling appealFiling = new AppealFiling();
    private List<Long> appealedItemIds = new ArrayList<>();

    public void fileAppeal() {
        page.act(
                () -> appeals.file(
                        page.getTargetPermitId(),
                        new FileAppeal(
                                appealFiling.getFiledOn(),
                                appealFiling.getAppellant(),
                                appealFiling.getGrounds(),
                                List.copyOf(appealedItemIds))),
                "Appeal recorded (G.2)",
                () -> {
                    appealedItemIds = new ArrayList<>();
                    appealFiling.setGrounds(null);
                });
    }

    public AppealFiling getAppealFiling() {
        return appealFiling;
    }

    public List<Long> getAppealedItemIds() {
        return appealedItemIds;
    }

    public void setAppealedItemIds(List<Long> v) {
        appealedItemIds = v;
    }
}
