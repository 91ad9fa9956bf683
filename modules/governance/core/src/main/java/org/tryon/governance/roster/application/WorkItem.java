package org.tryon.governance.roster.application;

import java.time.LocalDate;

/**
 * One thing on the clerk's work list: a term ending soon, a vacant seat, a reappointment the
 * consecutive-term limit forbids (107.1.2, 107.2.2), a BDC member out of compliance with the
 * attendance policy (107.1.1 B; seat number 0: the member, not a seat).
 */
public record WorkItem(
        String kind, String commission, int seatNumber, String seatTitle, String member, LocalDate date, String text)
        implements java.io.Serializable {

    public static final String TERM_ENDING = "TERM_ENDING";
    public static final String VACANT = "VACANT";
    public static final String REAPPOINTMENT_BARRED = "REAPPOINTMENT_BARRED";
    public static final String ATTENDANCE = "ATTENDANCE";
}
