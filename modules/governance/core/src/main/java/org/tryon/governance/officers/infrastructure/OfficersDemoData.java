package org.tryon.governance.officers.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.governance.meetings.application.MeetingView;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.application.ScheduleMeeting;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.officers.application.OfficerCommands;
import org.tryon.governance.officers.application.Officers;
import org.tryon.governance.officers.application.Subcommittees;
import org.tryon.governance.officers.domain.Committee;
import org.tryon.governance.officers.domain.OfficerTerm;
import org.tryon.governance.roster.application.AppointMember;
import org.tryon.governance.roster.application.CommissionView;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.PersonInput;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Demo officers and subcommittees, after the bodies' demo data and the demo users (a later priority):
 * the BDC chair on the Chamber of Commerce seat, a vice-chair and a secretary elected at the first
 * meeting of the year; the TAB chaired by the demo trade code administrator with an elected
 * vice-chair; a fee methodology subcommittee of BDC members (107.1.4 C) and an electrical licensing
 * subcommittee (107.1.5 C), each with an upcoming meeting. Each step is its own transaction.
 */
@ApplicationScoped
public class OfficersDemoData {

    private static final Logger LOG = Logger.getLogger(OfficersDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Commissions commissions;

    @Inject
    Meetings meetings;

    @Inject
    Officers officers;

    @Inject
    Subcommittees subcommittees;

    @Inject
    java.time.Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaMigrated migrated) {
        if (!demo
                || commissions.list().stream().noneMatch(c -> c.code().equals("BDC"))
                || !officers.officers("BDC").terms().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        step("BDC officers", () -> {
            CommissionView bdc = commissions.get("BDC");
            CommissionView.SeatView chamber = bdc.seats().stream()
                    .filter(CommissionView.SeatView::chairSeat)
                    .findFirst()
                    .orElseThrow();
            officers.appointChair(new OfficerCommands.AppointChair(
                    "BDC",
                    chamber.currentPersonId(),
                    null,
                    chamber.termStart(),
                    "Board action " + chamber.termStart().getYear() + "-22"));
            MeetingView first = firstMeeting("BDC", today);
            officers.elect(new OfficerCommands.Elect(
                    "BDC", OfficerTerm.Office.VICE_CHAIR, member(bdc, "Avery Chen"), first.id(), null));
            officers.elect(new OfficerCommands.Elect(
                    "BDC", OfficerTerm.Office.SECRETARY, member(bdc, "Harper Nguyen"), first.id(), null));
        });
        step("TAB officers", () -> {
            CommissionView tab = commissions.get("TAB");
            officers.tradeCodeAdministrators().stream()
                    .findFirst()
                    .ifPresent(s -> officers.appointChair(new OfficerCommands.AppointChair(
                            "TAB",
                            null,
                            s.username(),
                            LocalDate.of(today.getYear(), 1, 1),
                            "Designated by the director")));
            MeetingView first = firstMeeting("TAB", today);
            officers.elect(new OfficerCommands.Elect(
                    "TAB", OfficerTerm.Office.VICE_CHAIR, member(tab, "Alexis Romero"), first.id(), null));
        });
        step("fee methodology subcommittee", () -> {
            CommissionView bdc = commissions.get("BDC");
            subcommittees.establish(new Subcommittees.Establish(
                    "BDC",
                    "FEE",
                    "Fee Methodology Subcommittee",
                    Committee.Kind.SUBCOMMITTEE,
                    "Reviews the methodology and level of the fees charged the building industry (107.1.5 A.4) and reports to the BDC",
                    null,
                    3,
                    null,
                    true,
                    today.minusDays(30),
                    "BDC resolution " + today.getYear() + "-11"));
            int seat = 1;
            for (String name : List.of("Morgan Lee", "Reese Patel", "Taylor Brooks")) {
                commissions.appoint(
                        "FEE",
                        seat++,
                        new AppointMember(member(bdc, name), today, 1, today, "Named by the BDC chair", null));
            }
            upcoming("FEE", today.plusDays(10));
        });
        step("electrical licensing subcommittee", () -> {
            CommissionView bdc = commissions.get("BDC");
            subcommittees.establish(new Subcommittees.Establish(
                    "BDC",
                    "ELECLIC",
                    "Electrical Licensing Subcommittee",
                    Committee.Kind.LICENSING,
                    "Assists and advises the department on the examination, testing and licensing of electricians and keeps the records of "
                            + "examinations (107.1.5 C)",
                    "ELECTRICAL",
                    5,
                    3,
                    false,
                    today.minusDays(30),
                    "BDC resolution " + today.getYear() + "-12"));
            long master = commissions
                    .addPerson(new PersonInput(
                            "Lee Marchetti", "lee.marchetti@example.org", "704-555-0177", null, true, null))
                    .id();
            commissions.appoint(
                    "ELECLIC",
                    1,
                    new AppointMember(member(bdc, "Parker Osei"), today, 1, today, "Named by the BDC", null));
            commissions.appoint(
                    "ELECLIC",
                    2,
                    new AppointMember(master, today, 1, today, "Licensed master electrician, named by the BDC", null));
            commissions.appoint(
                    "ELECLIC",
                    3,
                    new AppointMember(member(bdc, "Dana Whitfield"), today, 1, today, "Named by the BDC", null));
            upcoming("ELECLIC", today.plusDays(17));
        });
    }

    private void upcoming(String body, LocalDate day) {
        meetings.schedule(new ScheduleMeeting(
                body,
                Meeting.Kind.REGULAR,
                day.atTime(13, 0),
                "Hal Marshall Center, 700 N. Tryon St., Charlotte",
                null,
                null));
    }

    /** The body's first meeting held this year (or, early in January, last year's first in the record). */
    private MeetingView firstMeeting(String body, LocalDate today) {
        for (int year : new int[] {today.getYear(), today.getYear() - 1}) {
            var held = meetings.list(body, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                    .filter(m -> "ADJOURNED".equals(m.status()))
                    .findFirst();
            if (held.isPresent()) {
                return held.get();
            }
        }
        throw new IllegalStateException("No " + body + " meeting held");
    }

    private static long member(CommissionView body, String name) {
        return body.seats().stream()
                .filter(s -> name.equals(s.currentMember()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name))
                .currentPersonId();
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo " + what + " not loaded: " + e.getMessage(), e);
        }
    }
}
