package org.tryon.governance.module.domain;

import java.math.BigDecimal;
import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the commissions' rules, each effective-dated with the ordinance's value as default. */
public final class GovernanceSettings {

    public static final SettingKey<Integer> BDC_SEATS =
            SettingKey.integer("governance.bdc.seats", 13, "107", "Members of the Building-Development Commission");
    public static final SettingKey<Integer> BDC_TERM_YEARS = SettingKey.integer(
            "governance.bdc.term-years", 3, "107.1.2", "Regular term of office of a BDC member, in years");
    public static final SettingKey<Integer> BDC_MAX_CONSECUTIVE_TERMS = SettingKey.integer(
            "governance.bdc.max-consecutive-terms", 2, "107.1.2", "Regular terms a BDC member may serve consecutively");
    public static final SettingKey<Integer> BDC_QUORUM =
            SettingKey.integer("governance.bdc.quorum", 7, "107.1.4 A", "Members of the BDC that constitute a quorum");
    public static final SettingKey<Integer> TAB_SEATS =
            SettingKey.integer("governance.tab.seats", 10, "107.2.1", "Members of the Technical Advisory Board");
    public static final SettingKey<Integer> TAB_TERM_YEARS =
            SettingKey.integer("governance.tab.term-years", 3, "107.2.2", "Term of office of a TAB member, in years");
    public static final SettingKey<Integer> TAB_MAX_CONSECUTIVE_TERMS = SettingKey.integer(
            "governance.tab.max-consecutive-terms", 3, "107.2.2", "Terms a TAB member may serve consecutively");
    public static final SettingKey<Integer> TAB_QUORUM =
            SettingKey.integer("governance.tab.quorum", 3, "107.2.4 A", "Members of the TAB that constitute a quorum");

    public static final SettingKey<BigDecimal> BDC_ATTENDANCE_REQUIRED = SettingKey.percent(
            "governance.bdc.attendance-required-percent",
            "75",
            "107.1.1 B",
            "Share of the regular meetings of a calendar year a BDC member attends");
    public static final SettingKey<BigDecimal> BDC_ATTENDANCE_EXCUSED = SettingKey.percent(
            "governance.bdc.attendance-excused-percent",
            "25",
            "107.1.1 B",
            "Share of the required meetings that excused absences may make up");
    public static final SettingKey<BigDecimal> BDC_ATTENDANCE_TIME = SettingKey.percent(
            "governance.bdc.attendance-time-percent",
            "50",
            "107.1.1 B",
            "Share of a meeting's time a member is present for the meeting to count as attended");
    public static final SettingKey<Integer> BDC_AGENDA_WORKING_DAYS = SettingKey.integer(
            "governance.bdc.agenda-request-working-days",
            6,
            "107.1.4 G",
            "Working days before a BDC meeting an agenda request is due");
    public static final SettingKey<Integer> SPEAKER_MINUTES = SettingKey.integer(
            "governance.speaker-minutes", 3, "107.1.4 F", "Minutes per speaker in the public appearance");
    public static final SettingKey<Integer> MATTER_MINUTES = SettingKey.integer(
            "governance.matter-minutes", 10, "107.1.4 F", "Minutes in all for several speakers on the same matter");
    public static final SettingKey<Integer> TAB_TOPIC_HOURS = SettingKey.integer(
            "governance.tab.topic-hours",
            48,
            "107.2.4 G",
            "Hours before a TAB meeting a topic is submitted (or the workdays, whichever is greater)");
    public static final SettingKey<Integer> TAB_TOPIC_WORKDAYS = SettingKey.integer(
            "governance.tab.topic-workdays",
            2,
            "107.2.4 G",
            "Workdays before a TAB meeting a topic is submitted (or the hours, whichever is greater)");
    public static final SettingKey<Integer> TAB_QUARTER_WARNING_DAYS = SettingKey.integer(
            "governance.tab.quarter-warning-days",
            30,
            "107.2.4 E",
            "Days before a quarter ends that the clerk is warned when the TAB has not met in it");
    public static final SettingKey<Integer> SCHEDULE_CHANGE_DAYS = SettingKey.integer(
            "governance.schedule-change-days",
            7,
            "G.S. 143-318.12",
            "Calendar days before the first affected meeting a change of the regular schedule is filed");
    public static final SettingKey<Integer> SPECIAL_NOTICE_HOURS = SettingKey.integer(
            "governance.special-notice-hours", 48, "G.S. 143-318.12", "Hours of notice a special meeting needs");
    public static final SettingKey<Integer> PARTIAL_TERM_PERCENT = SettingKey.integer(
            "governance.partial-term-counts-percent",
            50,
            "107.1.2, 107.2.2",
            "Share of a regular term (in percent) a shorter term lasts to count toward the consecutive-term limit");
    public static final SettingKey<Integer> TERM_ENDING_NOTICE_DAYS = SettingKey.integer(
            "governance.term-ending-notice-days",
            90,
            "107.1.2, 107.2.2",
            "Days before a term ends that it appears on the clerk's work list");
    public static final SettingKey<Integer> EXCUSE_REQUEST_DAYS_AFTER = SettingKey.integer(
            "governance.bdc.excuse-request-days-after",
            7,
            "107.1.1 B",
            "Days after a meeting a request to excuse the absence is still 'immediately after' it");
    public static final SettingKey<Integer> MINUTES_CHALLENGE_DAYS = SettingKey.integer(
            "governance.minutes-challenge-days",
            45,
            "G.S. 143-318.16A",
            "Days from the minutes' availability within which a suit to void an action is brought");

    public static final SettingKey<Integer> OFFICER_TERM_YEARS = SettingKey.integer(
            "governance.officer-term-years", 1, "107.1.3, 107.2.3", "Years an elected vice-chair or secretary serves");

    public static final List<SettingKey<?>> ALL = List.of(
            BDC_SEATS,
            BDC_TERM_YEARS,
            BDC_MAX_CONSECUTIVE_TERMS,
            BDC_QUORUM,
            TAB_SEATS,
            TAB_TERM_YEARS,
            TAB_MAX_CONSECUTIVE_TERMS,
            TAB_QUORUM,
            BDC_ATTENDANCE_REQUIRED,
            BDC_ATTENDANCE_EXCUSED,
            BDC_ATTENDANCE_TIME,
            BDC_AGENDA_WORKING_DAYS,
            SPEAKER_MINUTES,
            MATTER_MINUTES,
            TAB_TOPIC_HOURS,
            TAB_TOPIC_WORKDAYS,
            TAB_QUARTER_WARNING_DAYS,
            SCHEDULE_CHANGE_DAYS,
            SPECIAL_NOTICE_HOURS,
            PARTIAL_TERM_PERCENT,
            TERM_ENDING_NOTICE_DAYS,
            EXCUSE_REQUEST_DAYS_AFTER,
            MINUTES_CHALLENGE_DAYS,
            OFFICER_TERM_YEARS);

    private GovernanceSettings() {}

    /** The settings and section of a commission's terms; other bodies (subcommittees) follow the BDC's. */
    public record Terms(
            SettingKey<Integer> seats,
            SettingKey<Integer> termYears,
            SettingKey<Integer> maxConsecutive,
            String section) {}

    public static Terms termsOf(String commissionCode) {
        return "TAB".equals(commissionCode)
                ? new Terms(TAB_SEATS, TAB_TERM_YEARS, TAB_MAX_CONSECUTIVE_TERMS, "107.2.2")
                : new Terms(BDC_SEATS, BDC_TERM_YEARS, BDC_MAX_CONSECUTIVE_TERMS, "107.1.2");
    }
}
