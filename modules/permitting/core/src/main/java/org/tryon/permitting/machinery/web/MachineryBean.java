package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.permitting.machinery.application.MachineryRecordView;
import org.tryon.permitting.machinery.application.MachineryRecords;
import org.tryon.permitting.machinery.domain.ItemStatus;
import org.tryon.permitting.permits.web.PermitBean;
import org.tryon.platform.web.FacesErrors;

/**
 * A permit's industrial machinery record on a screen (108.10 G): on the permit page's tab (the
 * permit of {@link PermitBean}), and on the inspectors' page {@code /permitting/machinery.xhtml}
 * (the permit of its {@code permit} parameter, or typed by number). This bean holds the record
 * shown; each action of the REST API has its own small form bean bound to its command
 * ({@link MachineryDeclarationForm}, {@link MachineryDeterminationForm}, {@link MachineryReferralForm},
 * {@link MachinerySiteVisitForm}, {@link MachineryNoticeForm}, {@link MachineryDeliveryForm},
 * {@link MachineryAppealForm}, {@link MachineryAppealOutcomeForm}, {@link MachineryUnsafeForm},
 * {@link MachineryScopeForm}), which runs it through {@link #act}: a form's fields are cleared once
 * the use case accepts them and kept, with the message naming the field, when it refuses.
 */
@Named
@ViewScoped
public class MachineryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryRecords records;

    @Inject
    PermitBean permitBean;

    private Long permitId;
    private String permitNumber;
    private MachineryRecordView record;
    private List<MachineryRecords.OpenWork> openWork;

    /** The permit shown: the page's parameter, else the permit page's permit. */
    public Long getTargetPermitId() {
        return permitId != null ? permitId : permitBean.getId();
    }

    public MachineryRecordView getRecord() {
        if (record == null && getTargetPermitId() != null) {
            try {
                record = records.record(getTargetPermitId());
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return record;
    }

    public List<MachineryRecords.OpenWork> getOpenWork() {
        if (openWork == null) {
            openWork = records.openWork();
        }
        return openWork;
    }

    /** The inspectors' page: open the record of the permit typed by number. */
    public void find() {
        try {
            permitId = records.permitIdOf(permitNumber);
            record = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The items a form offers: those in one of {@code statuses} (names of {@link ItemStatus}, comma-separated). */
    public List<MachineryRecordView.Item> items(String statuses) {
        MachineryRecordView r = getRecord();
        List<String> wanted = List.of(statuses.split("\\s*,\\s*"));
        return r == null
                ? List.of()
                : r.items().stream()
                        .filter(i -> wanted.contains(i.status().name()))
                        .toList();
    }

    /** Runs a form's use case: shows the record it answers and {@code done}, then clears the form; or shows why it refused. */
    void act(Supplier<MachineryRecordView> action, String done, Runnable clear) {
        try {
            record = action.get();
            FacesErrors.info(done);
            clear.run();
            openWork = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    MachineryRecordView.Item item(Long itemId) {
        return getRecord() == null || itemId == null
                ? null
                : record.items().stream()
                        .filter(i -> i.id() == itemId)
                        .findFirst()
                        .orElse(null);
    }

    /** 0 for "none chosen": the use case answers that no such record exists, naming it. */
    static long required(Long id) {
        return id == null ? 0 : id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public void setPermitId(Long v) {
        permitId = v;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String v) {
        permitNumber = v;
    }
}
