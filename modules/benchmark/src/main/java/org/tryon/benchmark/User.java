package org.tryon.benchmark;

/**
 * A user of the REST API: a demo user (see DemoUsers in modules/platform; the password of each is
 * {@code <name>-demo}).
 */
record User(String name, String password) {

    static User demo(String name) {
        return new User(name, name + "-demo");
    }

    /** Permit technician: registers firms, projects and permits, requests inspections (108.10 C). */
    static final User TECH = demo("tech");
    /** Plan reviewer: approves the plans (108.8 E). */
    static final User REVIEWER = demo("reviewer");
    /** Administrator: records inspectors, reads the county's holidays. */
    static final User DIRECTOR = demo("director");
    /** Trade code administrator: a supervisor; reads the day lists, the board and the failure rates. */
    static final User SUPERVISOR = demo("tca");
    /** Inspector: records results (108.10). */
    static final User INSPECTOR = demo("inspector");
}
