package org.tryon.licensing.delivery.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.licensing.delivery.application.ExamKiosk;
import org.tryon.licensing.delivery.application.KioskViews.AnswerView;
import org.tryon.licensing.delivery.application.KioskViews.KioskView;
import org.tryon.licensing.delivery.application.KioskViews.Saved;
import org.tryon.licensing.scoring.application.ExamFacts.Question;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * The candidate's kiosk page (106): the access code, the name to confirm, then one question at a time with a
 * navigator and the countdown; each answer is saved by an Ajax request of its own.
 */
@Named
@ViewScoped
public class ExamKioskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamKiosk kiosk;

    @Inject
    KioskGuard guard;

    private String code;
    private KioskView view;
    private int position = 1;

    public void enter() {
        call(() -> kiosk.view(code));
        if (view != null && "TIME_UP".equals(getState())) {
            call(() -> kiosk.submit(code));
        }
        position = firstUnanswered();
    }

    public void start() {
        call(() -> kiosk.start(code));
        position = firstUnanswered();
    }

    /** The Ajax save of the answer chosen for the current question. */
    public void setSelected(String letter) {
        if (view == null || !"IN_PROGRESS".equals(getState())) {
            return;
        }
        String before = getSelected();
        if (letter == null ? before == null : letter.equals(before)) {
            return;
        }
        saved(() -> kiosk.answer(code, position, letter));
    }

    public String getSelected() {
        return answer(position) == null ? null : answer(position).chosen();
    }

    public void save() {
        // the value was saved by setSelected during the Ajax request; this listener only re-renders
    }

    public boolean isFlagged() {
        return answer(position) != null && answer(position).flagged();
    }

    public void setFlagged(boolean flagged) {
        if (view != null && "IN_PROGRESS".equals(getState()) && flagged != isFlagged()) {
            saved(() -> kiosk.flag(code, position, flagged));
        }
    }

    public void go(int to) {
        if (view != null && to >= 1 && to <= view.questions().size()) {
            position = to;
        }
    }

    public void next() {
        go(position + 1);
    }

    public void previous() {
        go(position - 1);
    }

    public void submit() {
        call(() -> kiosk.submit(code));
        if (view != null && "SUBMITTED".equals(getState())) {
            FacesErrors.info("Your exam was submitted");
        }
    }

    /** The page's countdown reached zero: the server decides (a read), and submits only when its own clock says so. */
    public void timeUp() {
        call(() -> kiosk.view(code));
        if (view != null && "TIME_UP".equals(getState())) {
            call(() -> kiosk.submit(code));
            FacesErrors.show(new RuleViolationException(
                    "time", "106", "The time is up: your exam was submitted with the answers you saved"));
        }
    }

    private void saved(Supplier<Saved> action) {
        try {
            Saved s = guard.guard(address(), action);
            view = s.kiosk();
            if (!s.accepted()) {
                FacesErrors.show(new RuleViolationException("time", "106", s.refusal()));
            }
        } catch (RuntimeException e) {
            show(e);
        }
    }

    private void call(Supplier<KioskView> action) {
        try {
            view = guard.guard(address(), action);
        } catch (RuntimeException e) {
            show(e);
        }
    }

    private static void show(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            FacesErrors.show(new RuleViolationException("code", "429", w.getMessage()));
        } else {
            FacesErrors.show(e);
        }
    }

    private static String address() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    private AnswerView answer(int p) {
        if (view == null) {
            return null;
        }
        return view.answers().stream()
                .filter(a -> a.position() == p)
                .findFirst()
                .orElse(null);
    }

    private int firstUnanswered() {
        if (view == null) {
            return 1;
        }
        return view.answers().stream()
                .filter(a -> a.chosen() == null)
                .mapToInt(AnswerView::position)
                .findFirst()
                .orElse(1);
    }

    public Question getQuestion() {
        if (view == null) {
            return null;
        }
        return view.questions().stream()
                .filter(q -> q.position() == position)
                .findFirst()
                .orElse(null);
    }

    /** The minutes of the exam, the accommodation's included. */
    public int getMinutes() {
        return view == null ? 0 : view.allowedSeconds() / 60;
    }

    public String getState() {
        return view == null ? "CODE" : view.state().name();
    }

    /** The navigator's style of a position: answered, flagged, current. */
    public String navClass(AnswerView a) {
        String c = a.chosen() == null ? "kiosk-unanswered" : "kiosk-answered";
        if (a.flagged()) {
            c += " kiosk-flagged";
        }
        if (a.position() == position) {
            c += " kiosk-current";
        }
        return c;
    }

    public List<AnswerView> getAnswers() {
        return view == null ? List.of() : view.answers();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase();
    }

    public KioskView getView() {
        return view;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
