package org.tryon.platform.security;

import java.util.List;

/** The roles of the department's staff, commission clerks and exam administrators. */
public final class Roles {

    public static final String PERMIT_TECHNICIAN = "PERMIT_TECHNICIAN";
    public static final String PLAN_REVIEWER = "PLAN_REVIEWER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String TRADE_CODE_ADMINISTRATOR = "TRADE_CODE_ADMINISTRATOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String COMMISSION_CLERK = "COMMISSION_CLERK";
    public static final String EXAM_ADMINISTRATOR = "EXAM_ADMINISTRATOR";
    /**
     * 107.1.5 C: a qualified industry representative to whom the BDC and the department delegate the administration of
     * an examination; sees and runs only the certificate types and sessions delegated to it.
     */
    public static final String EXAM_DELEGATE = "EXAM_DELEGATE";

    public static final List<String> ALL = List.of(
            PERMIT_TECHNICIAN,
            PLAN_REVIEWER,
            INSPECTOR,
            TRADE_CODE_ADMINISTRATOR,
            ADMINISTRATOR,
            COMMISSION_CLERK,
            EXAM_ADMINISTRATOR,
            EXAM_DELEGATE);

    private Roles() {}
}
