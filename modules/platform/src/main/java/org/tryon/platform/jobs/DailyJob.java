package org.tryon.platform.jobs;

/**
 * A job that must run once a day (or once per period it decides, such as a quarter), whichever
 * instance of Tryon gets there first. {@link DailyJobScheduler} asks every job every ten minutes;
 * the job itself records what it ran under a unique key so that a period runs exactly once.
 */
public interface DailyJob {

    /** A short name for the log. */
    String name();

    /** Runs what is due now, if anything; returns what it did, for the log, or null when nothing was due. */
    String runIfDue();
}
