package org.tryon.inspections.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Who supervises the inspectors (the department's requirements: "reassigned by a supervisor"): the trade code
 * administrators (the trade chiefs) and the administrator. They see every inspector's day list and
 * the board, reassign requests and read the on-time rate; the administrator alone keeps the
 * inspectors' records.
 */
@ApplicationScoped
public class Supervision {

    static final String[] SUPERVISORS = {Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR};

    @Inject
    CurrentUser user;

    @Inject
    SecurityContext security;

    /** 403 unless the caller supervises inspectors. */
    public void requireSupervisor(String refusal) {
        user.requireAnyRole(refusal, SUPERVISORS);
    }

    /** 403 unless the caller is the administrator. */
    public void requireAdministrator(String refusal) {
        user.requireAnyRole(refusal, Roles.ADMINISTRATOR);
    }

    public boolean isSupervisor() {
        if (CurrentUser.SYSTEM.equals(user.name())) {
            return true;
        }
        for (String role : SUPERVISORS) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAdministrator() {
        return CurrentUser.SYSTEM.equals(user.name()) || security.isCallerInRole(Roles.ADMINISTRATOR);
    }

    public String userName() {
        return user.name();
    }
}
