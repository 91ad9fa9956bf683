package org.tryon.permitting.enforcement.domain;

import java.util.Optional;
import org.tryon.platform.settings.SettingKey;

/**
 * The enforcement actions of 108.12, each with its section, the title of its written notice, to
 * whom it is directed, whether it stays in force until the department lifts it and, for the orders
 * that may be appealed, the setting that holds the appeal window (108.12.1, 108.12.7).
 */
public enum EnforcementKind {

    /** 108.12.1: in writing, to the person doing the work: the work to stop, why, and when it may resume. */
    STOP_ORDER(
            "108.12.1",
            "SO",
            "Stop order",
            "the person doing the work",
            true,
            EnforcementSettings.STOP_ORDER_APPEAL_DAYS,
            "the North Carolina Commissioner of Insurance (State Building Code)",
            "Work may resume (108.12.1)"),
    /** 108.12.2: the permit is revoked and its return required, with the reason, in writing to the holder. */
    REVOCATION_NOTICE("108.12.2", "RV", "Notice of revocation of permit", "the permit holder", false, null, null, null),
    /** 108.12.3: the owner or occupant is told of the defects; each shall remedy them immediately. */
    DEFECT_NOTICE(
            "108.12.3",
            "DN",
            "Notice of defects to be corrected",
            "the owner or occupant",
            true,
            null,
            null,
            "Defects corrected (108.12.3)"),
    /** 108.12.4: a building especially dangerous to life is condemned and a notice posted on it. */
    CONDEMNATION(
            "108.12.4",
            "CN",
            "Notice of condemnation: unsafe building",
            "the owner",
            true,
            null,
            null,
            "Notice removed by the Department (108.12.5)"),
    /** 108.12.6: the owner who fails to take prompt corrective action is given notice of a hearing. */
    HEARING_NOTICE(
            "108.12.6",
            "HN",
            "Notice of hearing: failure to take corrective action",
            "the owner",
            false,
            null,
            null,
            null),
    /** 108.12.6: after the hearing, the order to repair, close, vacate or demolish, appealable under 108.12.7. */
    CORRECTIVE_ORDER(
            "108.12.6",
            "CO",
            "Order to take corrective action",
            "the owner",
            true,
            EnforcementSettings.CORRECTIVE_ORDER_APPEAL_DAYS,
            "the Board of County Commissioners",
            "Corrective action taken (108.12.6)");

    private final String section;
    private final String prefix;
    private final String title;
    private final String directedTo;
    private final boolean standing;
    private final SettingKey<Integer> appealWindow;
    private final String appealTo;
    private final String liftedAs;

    EnforcementKind(
            String section,
            String prefix,
            String title,
            String directedTo,
            boolean standing,
            SettingKey<Integer> appealWindow,
            String appealTo,
            String liftedAs) {
        this.section = section;
        this.prefix = prefix;
        this.title = title;
        this.directedTo = directedTo;
        this.standing = standing;
        this.appealWindow = appealWindow;
        this.appealTo = appealTo;
        this.liftedAs = liftedAs;
    }

    public String section() {
        return section;
    }

    /** The prefix of the action's reference number (SO-2026-000012). */
    public String prefix() {
        return prefix;
    }

    public String title() {
        return title;
    }

    public String label() {
        return title + " (" + section + ")";
    }

    public String directedTo() {
        return directedTo;
    }

    /** An order that stays in force until the department lifts it; a notice of a decision or of a hearing does not. */
    public boolean isStanding() {
        return standing;
    }

    /** The setting holding the days within which the order may be appealed; empty when this action is not appealable. */
    public Optional<SettingKey<Integer>> appealWindow() {
        return Optional.ofNullable(appealWindow);
    }

    public boolean isAppealable() {
        return appealWindow != null;
    }

    /** To whom an appeal lies (printed on the notice). */
    public String appealTo() {
        return appealTo;
    }

    /** What lifting the order means, with its section. */
    public String liftedAs() {
        return liftedAs;
    }
}
