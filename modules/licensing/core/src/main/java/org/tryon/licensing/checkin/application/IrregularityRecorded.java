package org.tryon.licensing.checkin.application;

/**
 * Inside licensing (a CDI event): the proctor recorded an irregularity at a sitting. When
 * {@code invalidates} is true (cheating, for example notes written into a reference book), scoring
 * records an invalidated result for the registration's attempt (107.1.5 C.2: a new row, never an edit)
 * and the matter goes to the licensing subcommittee.
 *
 * @param irregularityId  the recorded irregularity
 * @param registrationId  the candidate's registration
 * @param invalidates     whether the result is invalidated
 * @param description     what the proctor saw
 */
public record IrregularityRecorded(long irregularityId, long registrationId, boolean invalidates, String description) {}
