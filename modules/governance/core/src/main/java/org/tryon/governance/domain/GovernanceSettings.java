package org.tryon.governance.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the commissions' rules, each effective-dated with the ordinance's value as default. */
public final class GovernanceSettings {

    public static final SettingKey<Integer> BDC_SEATS = SettingKey.integer("governance.bdc.seats", 13, "107",
            "Members of the Building-Development Commission");
    public static final SettingKey<Integer> BDC_TERM_YEARS = SettingKey.integer("governance.bdc.term-years", 3, "107.1.2",
            "Regular term of office of a BDC member, in years");
    public static final SettingKey<Integer> BDC_MAX_CONSECUTIVE_TERMS = SettingKey.integer("governance.bdc.max-consecutive-terms", 2,
            "107.1.2", "Regular terms a BDC member may serve consecutively");
    public static final SettingKey<Integer> BDC_QUORUM = SettingKey.integer("governance.bdc.quorum", 7, "107.1.4 A",
            "Members of the BDC that constitute a quorum");
    public static final SettingKey<Integer> TAB_SEATS = SettingKey.integer("governance.tab.seats", 10, "107.2.1",
            "Members of the Technical Advisory Board");
    public static final SettingKey<Integer> TAB_TERM_YEARS = SettingKey.integer("governance.tab.term-years", 3, "107.2.2",
            "Term of office of a TAB member, in years");
    public static final SettingKey<Integer> TAB_MAX_CONSECUTIVE_TERMS = SettingKey.integer("governance.tab.max-consecutive-terms", 3,
            "107.2.2", "Terms a TAB member may serve consecutively");
    public static final SettingKey<Integer> TAB_QUORUM = SettingKey.integer("governance.tab.quorum", 3, "107.2.4 A",
            "Members of the TAB that constitute a quorum");

    public static final List<SettingKey<?>> ALL = List.of(BDC_SEATS, BDC_TERM_YEARS, BDC_MAX_CONSECUTIVE_TERMS, BDC_QUORUM, TAB_SEATS,
            TAB_TERM_YEARS, TAB_MAX_CONSECUTIVE_TERMS, TAB_QUORUM);

    private GovernanceSettings() {
    }

    /** The settings and section of a commission's terms; other bodies (subcommittees) follow the BDC's. */
    public record Terms(SettingKey<Integer> seats, SettingKey<Integer> termYears, SettingKey<Integer> maxConsecutive, String section) {
    }

    public static Terms termsOf(String commissionCode) {
        return "TAB".equals(commissionCode)
                ? new Terms(TAB_SEATS, TAB_TERM_YEARS, TAB_MAX_CONSECUTIVE_TERMS, "107.2.2")
                : new Terms(BDC_SEATS, BDC_TERM_YEARS, BDC_MAX_CONSECUTIVE_TERMS, "107.1.2");
    }
}
