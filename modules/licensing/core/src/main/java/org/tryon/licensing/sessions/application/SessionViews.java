package org.tryon.licensing.sessions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the sessions' screens and API show. */
public final class SessionViews {

    private SessionViews() {}

    public record SessionView(
            long id,
            String certificateType,
            String certificateName,
            LocalDate day,
            LocalTime startsAt,
            String site,
            String room,
            int seats,
            int seatsTaken,
            int seatsLeft,
            String proctor,
            String delegate,
            String status)
            implements java.io.Serializable {}

    public record SessionDetail(SessionView session, List<RegistrationView> registrations, List<ChangeView> history)
            implements java.io.Serializable {}

    public record RegistrationView(
            long id,
            long sessionId,
            LocalDate sessionDay,
            LocalTime startsAt,
            String site,
            String room,
            String certificateType,
            long applicationId,
            long candidateId,
            String candidateName,
            String status,
            boolean holdsSeat,
            LocalDate registeredOn,
            Instant holdUntil,
            BigDecimal fee,
            Long rescheduledFromId,
            LocalDate changeDeadline)
            implements java.io.Serializable {}

    public record RegistrationDetail(
            RegistrationView registration, boolean feeSettled, BigDecimal accountBalance, List<ChangeView> history)
            implements java.io.Serializable {}

    public record ChangeView(String from, String to, Instant at, String by, String reason)
            implements java.io.Serializable {}

    /** An application a candidate may register with: eligible, not lapsed. */
    public record EligibleApplicationView(
            long applicationId, long candidateId, String candidateName, String certificateType, LocalDate eligibleUntil)
            implements java.io.Serializable {}
}
