package org.tryon.permitting.enforcement.domain;

import java.util.Set;
import java.util.function.Predicate;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.security.Roles;

/**
 * Who in the department may take which enforcement action (108.12). The ordinance gives stop orders
 * (108.12.1) and notices of defects (108.12.3) to the inspector; revocation (108.12.2) to the
 * Administrator, for whom a trade code administrator acts; condemnation, the removal of its notice
 * (108.12.5: only the Department removes it), the hearing and the corrective order (108.12.4,
 * 108.12.6) we keep with the Administrator and the trade code administrators, as they take a
 * building out of use. Staff who serve notices (inspectors, permit technicians) record deliveries
 * and the appeals they receive; the outcome of an appeal (108.12.7) is recorded by the Administrator
 * or a trade code administrator.
 */
public final class EnforcementAuthority {

    static final Set<String> INSPECTORS = Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> ADMINISTRATORS = Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> SERVERS =
            Set.of(Roles.INSPECTOR, Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);

    private EnforcementAuthority() {}

    /** The roles that issue an action of this kind and lift it (108.12.1 to 108.12.6). */
    public static Set<String> issuers(EnforcementKind kind) {
        return switch (kind) {
            case STOP_ORDER, DEFECT_NOTICE -> INSPECTORS;
            case REVOCATION_NOTICE, CONDEMNATION, HEARING_NOTICE, CORRECTIVE_ORDER -> ADMINISTRATORS;
        };
    }

    /** The roles that record how a written notice was delivered (106) and an appeal received (108.12.7). */
    public static Set<String> servers() {
        return SERVERS;
    }

    /** The roles that record the outcome of an appeal (108.12.7). */
    public static Set<String> appealRecorders() {
        return ADMINISTRATORS;
    }

    /** Refuses (403) unless the caller has one of {@code roles}. */
    public static void require(Set<String> roles, Predicate<String> callerInRole, String action) {
        if (roles.stream().noneMatch(callerInRole)) {
            throw new NotAllowedException(action + ": only " + describe(roles) + " may do this");
        }
    }

    /** The office printed under the signature. */
    public static String office(Predicate<String> callerInRole) {
        if (callerInRole.test(Roles.ADMINISTRATOR)) {
            return "Administrator";
        }
        if (callerInRole.test(Roles.TRADE_CODE_ADMINISTRATOR)) {
            return "Trade code administrator, for the Administrator";
        }
        if (callerInRole.test(Roles.INSPECTOR)) {
            return "Inspector (Code Enforcement Official)";
        }
        return "Code Enforcement Department";
    }

    private static String describe(Set<String> roles) {
        return roles.stream()
                .sorted()
                .map(r -> r.toLowerCase().replace('_', ' '))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nobody");
    }
}
