package org.tryon.governance.officers.domain;

import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The rules of a closed session (G.S. 143-318.11): a public body goes into closed session only on a
 * motion made and adopted in open session that cites one of the purposes of subsection (a) (and, for
 * some, the law or the lawsuit, subsection (c)); a general account is kept (G.S. 143-318.10(e)) and
 * may be sealed while public inspection would frustrate the purpose; once released it is public.
 */
public final class ClosedSessionRules {

    private ClosedSessionRules() {}

    /**
     * Checks the motion to go into closed session: made at this meeting, adopted by vote, in open
     * session (not while another closed session was sitting), with the citation its purpose needs.
     */
    public static void checkMotion(
            boolean sameMeeting,
            Motion.Status status,
            boolean madeInClosedSession,
            String citationNeeded,
            String citation,
            String subsection) {
        if (!sameMeeting) {
            throw new RuleViolationException(
                    "motionId",
                    "G.S. 143-318.11(c) motion-at-this-meeting",
                    "G.S. 143-318.11(c): the closed session is held on a motion made at this meeting");
        }
        if (status != Motion.Status.CARRIED) {
            throw new RuleViolationException(
                    "motionId",
                    "G.S. 143-318.11(c) motion-adopted",
                    "G.S. 143-318.11(c): a closed session is held only " + "on a motion adopted by vote; the motion is "
                            + status.name().toLowerCase());
        }
        if (madeInClosedSession) {
            throw new RuleViolationException(
                    "motionId",
                    "G.S. 143-318.11(c) open-session",
                    "G.S. 143-318.11(c): the motion is made and adopted "
                            + "in open session, not during a closed session");
        }
        if (citationNeeded != null && (citation == null || citation.isBlank())) {
            throw new RuleViolationException(
                    "citation",
                    "G.S. 143-318.11(c) citation",
                    "G.S. 143-318.11(c): a motion under " + subsection + " states " + citationNeeded);
        }
    }

    /** The closed session starts after the motion was adopted and ends after it started. */
    public static void checkTimes(LocalDateTime adoptedAt, LocalDateTime start, LocalDateTime end) {
        if (adoptedAt != null && start.isBefore(adoptedAt)) {
            throw new RuleViolationException(
                    "at",
                    "G.S. 143-318.11 after-motion",
                    "G.S. 143-318.11: the closed session starts after the motion was " + "adopted ("
                            + UsFormat.dateTime(adoptedAt) + ")");
        }
        if (end != null && end.isBefore(start)) {
            throw new RuleViolationException(
                    "at",
                    "closed-session.end-after-start",
                    "The closed session started at " + UsFormat.dateTime(start));
        }
    }

    /**
     * What a reader sees of the general account: the text once released; while sealed only the
     * clerk who keeps it sees it (G.S. 143-318.10(e)); everyone else, and every public output, sees
     * that an account is kept and sealed.
     */
    public static String visibleAccount(String account, boolean released, boolean readerIsClerk) {
        if (account == null) {
            return null;
        }
        return released || readerIsClerk ? account : null;
    }
}
