package org.tryon.permitting.machinery.domain;

import java.util.Set;
import java.util.function.Predicate;
import org.tryon.permitting.enforcement.domain.EnforcementAuthority;
import org.tryon.platform.security.Roles;

/**
 * Who in the department does what under 108.10 G. The initial determination is the field
 * inspector's (G.3 C); the trade chief or assistant trade chief, for whom the trade code
 * administrators and the Administrator act, makes the final determination with the inspector after
 * their joint visit (G.3 D) and records the outcome of an appeal (G.2). The inspector contacts the
 * chief (G.3 D), records the joint visit with the chief, reports unsafe installations (G.3 F) and
 * the scope of the final inspection (F.4.1). The owner's declaration (G.1, received by the
 * inspector from the owner's contractor under G.3 B, or at the counter) is recorded by inspectors
 * and permit technicians; appeals (G.2) are received at the counter. Notices of exceptions (G.1)
 * are issued by those who determine and delivered by staff who serve notices (106).
 */
public final class MachineryAuthority {

    static final Set<String> FIELD_INSPECTORS = Set.of(Roles.INSPECTOR);
    static final Set<String> TRADE_CHIEFS = Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> INSPECTORS_AND_CHIEFS =
            Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> RECEIVERS =
            Set.of(Roles.INSPECTOR, Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> COUNTER =
            Set.of(Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);

    private MachineryAuthority() {}

    /** G.1, G.3 B: who records the owner's declaration and its amendments. */
    public static Set<String> declarationRecorders() {
        return RECEIVERS;
    }

    /** G.3 C: the field inspector makes the initial determination. */
    public static Set<String> initialDeterminers() {
        return FIELD_INSPECTORS;
    }

    /** G.3 D: the inspector contacts the chief (a chief may record being contacted), and either records their joint visit. */
    public static Set<String> escalators() {
        return INSPECTORS_AND_CHIEFS;
    }

    /** G.3 D: the trade chief or assistant trade chief makes the final determination; G.2: records the outcome of an appeal. */
    public static Set<String> tradeChiefs() {
        return TRADE_CHIEFS;
    }

    /** G.1: who issues the notice of exceptions taken; G.3 F, F.4.1: who reports from the field. */
    public static Set<String> fieldStaff() {
        return INSPECTORS_AND_CHIEFS;
    }

    /** 106: who records how a notice was delivered. */
    public static Set<String> servers() {
        return RECEIVERS;
    }

    /** G.2: who records an owner's appeal as received. */
    public static Set<String> appealReceivers() {
        return COUNTER;
    }

    /** Refuses (403) unless the caller has one of {@code roles}. */
    public static void require(Set<String> roles, Predicate<String> callerInRole, String action) {
        EnforcementAuthority.require(roles, callerInRole, action);
    }

    /** The office printed under a signature: the trade chief's, or the inspector's. */
    public static String office(Predicate<String> callerInRole) {
        if (callerInRole.test(Roles.ADMINISTRATOR)) {
            return "Administrator";
        }
        if (callerInRole.test(Roles.TRADE_CODE_ADMINISTRATOR)) {
            return "Trade code administrator (Trade Chief)";
        }
        if (callerInRole.test(Roles.INSPECTOR)) {
            return "Field inspector (Code Enforcement Official)";
        }
        return "Code Enforcement Department";
    }
}
