package org.tryon.permitting.plans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.permitting.plans.application.PendingReviewView;
import org.tryon.permitting.plans.application.PendingReviews;

/** The "Plan reviews waiting" screen (issue 17; 108.8 E, F.1): the pending discipline reviews, oldest first. */
@Named
@ViewScoped
public class PlanReviewsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PendingReviews pending;

    private List<PendingReviewView> list;

    public List<PendingReviewView> getList() {
        if (list == null) {
            list = pending.list();
        }
        return list;
    }
}
