package org.tryon.permitting.enforcement.domain;

import java.time.LocalDate;

/**
 * Where an order stands on appeal (108.12.7): open to appeal until a day, under appeal, final
 * because it was not appealed in time, or decided on appeal. Computed, never stored, so that a
 * changed appeal window or holiday is reflected for orders whose window has not yet closed.
 *
 * @param state    the standing
 * @param appealBy the last day an appeal is timely (null until the written notice is given, or when not appealable)
 * @param finalOn  the day the order became final (null while it is not)
 */
public record OrderStanding(State state, LocalDate appealBy, LocalDate finalOn) {

    public enum State {
        NOT_APPEALABLE("Not appealable under 108.12"),
        AWAITING_NOTICE("Appeal window starts when the written notice is given (106)"),
        OPEN_TO_APPEAL("Open to appeal"),
        UNDER_APPEAL("Under appeal"),
        FINAL_NOT_APPEALED("Final: not appealed in time (108.12.7)"),
        AFFIRMED_ON_APPEAL("Final: affirmed on appeal"),
        MODIFIED_ON_APPEAL("Final: modified and affirmed on appeal"),
        REVOKED_ON_APPEAL("Revoked on appeal");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isFinal() {
        return finalOn != null;
    }

    /**
     * The standing of an order of {@code kind} on {@code today}.
     *
     * @param window        the order's appeal window (null when the kind is not appealable)
     * @param noticeGivenOn the day its written notice was first given (null if not yet)
     * @param appealFiledOn the day an appeal was filed (null if none)
     * @param outcome       the decision on the appeal (null while none)
     * @param decidedOn     the day of that decision
     */
    public static OrderStanding of(
            EnforcementKind kind,
            AppealWindow window,
            LocalDate noticeGivenOn,
            LocalDate appealFiledOn,
            AppealOutcome outcome,
            LocalDate decidedOn,
            LocalDate today) {
        if (!kind.isAppealable() || window == null) {
            return new OrderStanding(State.NOT_APPEALABLE, null, null);
        }
        LocalDate appealBy = noticeGivenOn == null ? null : window.lastDay(noticeGivenOn);
        if (appealFiledOn != null) {
            if (outcome == null) {
                return new OrderStanding(State.UNDER_APPEAL, appealBy, null);
            }
            return switch (outcome) {
                case AFFIRMED -> new OrderStanding(State.AFFIRMED_ON_APPEAL, appealBy, decidedOn);
                case MODIFIED_AND_AFFIRMED -> new OrderStanding(State.MODIFIED_ON_APPEAL, appealBy, decidedOn);
                case REVOKED -> new OrderStanding(State.REVOKED_ON_APPEAL, appealBy, null);
            };
        }
        if (appealBy == null) {
            return new OrderStanding(State.AWAITING_NOTICE, null, null);
        }
        if (!today.isAfter(appealBy)) {
            return new OrderStanding(State.OPEN_TO_APPEAL, appealBy, null);
        }
        return new OrderStanding(State.FINAL_NOT_APPEALED, appealBy, appealBy.plusDays(1));
    }
}
