package org.tryon.governance.participation.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.application.AgendaView;

/**
 * A BDC resolution (107.1.4 A) with its interested parties, the certified copies made for them and each delivery.
 */
public record ResolutionView(
        long motionId,
        String resolutionNumber,
        long meetingId,
        LocalDate meetingDay,
        String commission,
        String text,
        String mover,
        String seconder,
        LocalDateTime decidedAt,
        int ayes,
        int nays,
        int abstentions,
        List<AgendaView.BallotView> votes,
        List<Party> parties)
        implements java.io.Serializable {

    public record Party(
            long id,
            String name,
            String address,
            String email,
            LocalDateTime namedAt,
            String namedBy,
            List<Copy> copies)
            implements java.io.Serializable {}

    public record Copy(long id, long partyId, LocalDateTime certifiedAt, String certifiedBy, List<Delivery> deliveries)
            implements java.io.Serializable {}

    public record Delivery(long id, String method, String sentTo, LocalDateTime deliveredAt, String recordedBy)
            implements java.io.Serializable {}
}
