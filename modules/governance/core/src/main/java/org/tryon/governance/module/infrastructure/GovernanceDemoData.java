package org.tryon.governance.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.governance.participation.infrastructure.ParticipationDemoData;
import org.tryon.governance.roster.application.AppointMember;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.CreateCommission;
import org.tryon.platform.migration.SchemaMigrated;

/** The BDC and the TAB with the seats the ordinance lists, and a few members; loaded once through the use cases. */
@ApplicationScoped
public class GovernanceDemoData {

    /** 107.1.1 A: one representative recommended by each organisation, and two public representatives. */
    public static final List<String> BDC_SEATS = List.of(
            "American Institute of Architects Charlotte",
            "Charlotte Apartment Association",
            "Charlotte Chamber of Commerce (Development Industry)",
            "Charlotte Chapter of American Society of Landscape Architects",
            "Charlotte Heating and Air Conditioning Contractors Association",
            "Charlotte Plumbing, Heating, Cooling Contractors Association",
            "Home Builders Association of Charlotte",
            "Master Electrical Contractors Association of North Carolina or Charlotte Area Association of Electrical Contractors",
            "Mecklenburg General Contractors Association",
            "National Association of the Remodeling Industry (NARI) of Greater Charlotte",
            "Professional Engineers of North Carolina - South Piedmont Chapter",
            "Public Representative",
            "Public Representative");

    /** 107.2.1: ten members. */
    public static final List<String> TAB_SEATS = List.of(
            "Engineer, electrical (PENC, ASHRAE or IES)",
            "Engineer, electrical (PENC, ASHRAE or IES)",
            "Engineer, mechanical/plumbing (PENC, ASHRAE or IES)",
            "Engineer, mechanical/plumbing (PENC, ASHRAE or IES)",
            "Architect (American Institute of Architects)",
            "Architect (American Institute of Architects)",
            "General contractor (AGC or Mecklenburg General Contractors Association)",
            "General contractor (AGC or Mecklenburg General Contractors Association)",
            "US Green Building Council",
            "NC University system");

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Commissions commissions;

    @Inject
    java.time.Clock clock;

    @Inject
    org.tryon.governance.meetings.application.Meetings meetings;

    @Inject
    org.tryon.governance.meetings.application.Agendas agendas;

    @Inject
    org.tryon.governance.meetings.application.MinutesRecords minutesRecords;

    @Inject
    org.tryon.governance.notices.application.Subscriptions subscriptions;

    /** The last held meeting of each body, whose minutes the next one approves. */
    private final java.util.Map<String, Long> lastHeld = new java.util.HashMap<>();

    /** BDC members by seat (13), TAB members by seat (10): names for the demo. */
    static final List<String> BDC_NAMES = List.of(
            "Morgan Lee",
            "Avery Chen",
            "Jordan Alvarez",
            "Dana Whitfield",
            "Reese Patel",
            "Casey Monroe",
            "Taylor Brooks",
            "Harper Nguyen",
            "Quinn Gallagher",
            "Rowan Ellis",
            "Parker Osei",
            "Skyler Moreau",
            "Emerson Hale");

    static final List<String> TAB_NAMES = List.of(
            "Devon Park",
            "Blair Stevens",
            "Kendall Ruiz",
            "Sam Okafor",
            "Alexis Romero",
            "Jamie Lindqvist",
            "Cameron Doyle",
            "Riley Ferraro",
            "Logan Ibsen",
            "Sydney Achebe");

    /**
     * Both bodies with full rosters, relative to today so the work list always has something to
     * show: BDC terms run from August 1 (terms end on July 31), staggered over three years; one
     * BDC seat is vacant after a resignation; two TAB terms end within the 90 days, one of them a
     * member's third in a row (reappointment barred, 107.2.2).
     */
    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || !commissions.list().isEmpty()) {
            return;
        }
        commissions.create(new CreateCommission("BDC", "Building-Development Commission", BDC_SEATS));
        commissions.create(new CreateCommission("TAB", "Technical Advisory Board", TAB_SEATS));
        LocalDate today = LocalDate.now(clock);
        LocalDate augustFirst = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
        for (int i = 0; i < BDC_NAMES.size(); i++) {
            long person = person(BDC_NAMES.get(i), true);
            LocalDate start = augustFirst.minusYears(i % 3);
            if (i == 0) {
                // the first seat's member is in a second consecutive term
                appoint(
                        "BDC",
                        i + 1,
                        person,
                        start.minusYears(3),
                        "Board action " + start.minusYears(3).getYear() + "-14");
            }
            var a = appoint("BDC", i + 1, person, start, "Board action " + start.getYear() + "-" + (20 + i));
            if (i == 11) {
                commissions.endTerm(
                        a.id(),
                        new org.tryon.governance.roster.application.EndTerm(
                                today.minusDays(40),
                                org.tryon.governance.roster.domain.Appointment.EndReason.RESIGNED));
            }
        }
        for (int i = 0; i < TAB_NAMES.size(); i++) {
            long person = person(TAB_NAMES.get(i), i != 9);
            LocalDate start = LocalDate.of(today.getYear() - i % 3, 1, 1);
            if (i == 0 || i == 1) {
                // terms ending within 90 days; the first member's third in a row
                LocalDate end = today.plusDays(i == 0 ? 25 : 60);
                start = end.plusDays(1).minusYears(3);
                if (i == 0) {
                    appoint(
                            "TAB",
                            1,
                            person,
                            start.minusYears(6),
                            "BDC resolution " + start.minusYears(6).getYear() + "-3");
                    appoint(
                            "TAB",
                            1,
                            person,
                            start.minusYears(3),
                            "BDC resolution " + start.minusYears(3).getYear() + "-3");
                }
            }
            appoint("TAB", i + 1, person, start, "BDC resolution " + start.getYear() + "-" + (i + 1));
        }
        pastMeetings(today);
        upcomingMeetings(today);
        // two addresses asked in writing for notices (ADR 0029): the meetings scheduled from now on are mailed to them
        subscriptions.add(
                "BDC",
                new org.tryon.governance.notices.application.NoticeViews.Subscribe(
                        "BDC", "news-desk@example.org", "Charlotte news desk"));
        subscriptions.add(
                "TAB",
                new org.tryon.governance.notices.application.NoticeViews.Subscribe(
                        "TAB", "mep-engineers@example.org", "MEP engineers' group"));
        participation.load(today);
    }

    @Inject
    ParticipationDemoData participation;

    /**
     * A year of held meetings (107.1.1 B): the BDC on the second Tuesday of each month at 3 pm for two
     * hours, the TAB quarterly on the third Thursday at 10 am. Most members come; Casey Monroe misses
     * three meetings, excused; Quinn Gallagher misses four, unexcused; Rowan Ellis leaves three
     * meetings after 40 minutes (under half the meeting's time, so they do not count).
     */
    private void pastMeetings(LocalDate today) {
        for (int back = 12; back >= 1; back--) {
            LocalDate month = today.minusMonths(back).withDayOfMonth(1);
            LocalDate bdcDay =
                    month.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
            if (bdcDay.isBefore(today)) {
                held("BDC", bdcDay.atTime(15, 0), 120, back);
            }
            if (back % 3 == 0) {
                LocalDate tabDay = month.with(
                        java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(3, java.time.DayOfWeek.THURSDAY));
                if (tabDay.isBefore(today)) {
                    held("TAB", tabDay.atTime(10, 0), 90, back);
                }
            }
        }
    }

    private void held(String body, java.time.LocalDateTime start, int minutes, int back) {
        var m = meetings.schedule(new org.tryon.governance.meetings.application.ScheduleMeeting(
                body,
                org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                start,
                "Hal Marshall Center, 700 N. Tryon St., Charlotte",
                null,
                start.minusDays(60)));
        meetings.callToOrder(m.id(), new org.tryon.governance.meetings.application.MeetingCommands.At(start));
        for (var member : m.members()) {
            String name = member.name();
            boolean absent = (name.equals("Casey Monroe") && (back == 2 || back == 5 || back == 8))
                    || (name.equals("Quinn Gallagher") && back % 3 == 1)
                    || (name.equals("Kendall Ruiz") && back == 6);
            if (absent) {
                if (name.equals("Casey Monroe")) {
                    var v = meetings.requestExcuse(
                            m.id(),
                            new org.tryon.governance.meetings.application.MeetingCommands.RequestExcuse(
                                    member.personId(),
                                    start.toLocalDate().minusDays(3),
                                    org.tryon.governance.meetings.domain.ExcusedAbsence.Channel.EMAIL,
                                    org.tryon.governance.meetings.domain.ExcusedAbsence.Reason.BUSINESS_CONFLICT,
                                    null));
                    long requestId = v.members().stream()
                            .filter(x -> x.personId() == member.personId())
                            .findFirst()
                            .orElseThrow()
                            .excuseId();
                    meetings.decideExcuse(
                            requestId,
                            new org.tryon.governance.meetings.application.MeetingCommands.DecideExcuse(
                                    true, "Jordan Alvarez", start.toLocalDate().minusDays(2)));
                }
                continue;
            }
            int late = member.seatNumber() % 4 == 0 ? 10 : 0;
            var v = meetings.arrive(
                    m.id(),
                    new org.tryon.governance.meetings.application.MeetingCommands.Arrive(
                            member.personId(), start.plusMinutes(late)));
            if (name.equals("Rowan Ellis") && back % 4 == 0) {
                long presence = v.members().stream()
                        .filter(x -> x.personId() == member.personId())
                        .findFirst()
                        .orElseThrow()
                        .presences()
                        .get(0)
                        .id();
                meetings.depart(
                        m.id(),
                        presence,
                        new org.tryon.governance.meetings.application.MeetingCommands.At(start.plusMinutes(40)));
            }
        }
        Long previous = lastHeld.get(body);
        var present = meetings.get(m.id()).members().stream()
                .filter(x -> !x.presences().isEmpty()
                        && x.presences().get(0).arrivedAt().isBefore(start.plusMinutes(15)))
                .map(x -> x.personId())
                .toList();
        if (previous != null && present.size() >= 2) {
            var agenda = agendas.move(
                    m.id(),
                    new org.tryon.governance.meetings.application.AgendaCommands.MakeMotion(
                            null,
                            "Approve the minutes of the previous meeting",
                            present.get(0),
                            present.get(1),
                            start.plusMinutes(15)));
            long motion =
                    agenda.otherMotions().get(agenda.otherMotions().size() - 1).id();
            agendas.vote(
                    motion,
                    new org.tryon.governance.meetings.application.AgendaCommands.RecordVotes(
                            present.stream()
                                    .map(p -> new org.tryon.governance.meetings.application.AgendaCommands.Ballot(
                                            p, org.tryon.governance.meetings.domain.Vote.Choice.AYE))
                                    .toList(),
                            start.plusMinutes(16)));
            if ("BDC".equals(body) && back % 4 == 2) {
                var action = agendas.move(
                        m.id(),
                        new org.tryon.governance.meetings.application.AgendaCommands.MakeMotion(
                                null,
                                "Recommend the fee methodology review to the Board of County Commissioners",
                                present.get(1),
                                present.get(0),
                                start.plusMinutes(30)));
                long id = action.otherMotions()
                        .get(action.otherMotions().size() - 1)
                        .id();
                java.util.List<org.tryon.governance.meetings.application.AgendaCommands.Ballot> ballots =
                        new java.util.ArrayList<>();
                for (int i = 0; i < present.size(); i++) {
                    ballots.add(new org.tryon.governance.meetings.application.AgendaCommands.Ballot(
                            present.get(i),
                            i % 5 == 4
                                    ? org.tryon.governance.meetings.domain.Vote.Choice.NAY
                                    : org.tryon.governance.meetings.domain.Vote.Choice.AYE));
                }
                agendas.vote(
                        id,
                        new org.tryon.governance.meetings.application.AgendaCommands.RecordVotes(
                                ballots, start.plusMinutes(31)));
            }
            meetings.adjourn(
                    m.id(),
                    new org.tryon.governance.meetings.application.MeetingCommands.At(start.plusMinutes(minutes)));
            minutesRecords.approve(
                    previous, new org.tryon.governance.meetings.application.MinutesRecords.Approve(motion));
        } else {
            meetings.adjourn(
                    m.id(),
                    new org.tryon.governance.meetings.application.MeetingCommands.At(start.plusMinutes(minutes)));
        }
        lastHeld.put(body, m.id());
    }

    /** The next BDC meeting (second Tuesday of next month) and a TAB meeting three weeks on. */
    private void upcomingMeetings(LocalDate today) {
        LocalDate next = today.plusMonths(1)
                .withDayOfMonth(1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
        meetings.schedule(new org.tryon.governance.meetings.application.ScheduleMeeting(
                "BDC",
                org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                next.atTime(15, 0),
                "Hal Marshall Center, 700 N. Tryon St., Charlotte",
                null,
                null));
        LocalDate tab =
                today.plusWeeks(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY));
        meetings.schedule(new org.tryon.governance.meetings.application.ScheduleMeeting(
                "TAB",
                org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR,
                tab.atTime(10, 0),
                "Hal Marshall Center, 700 N. Tryon St., Charlotte",
                null,
                null));
    }

    private long person(String name, boolean resident) {
        String mail = name.toLowerCase().replace(' ', '.') + "@example.org";
        return commissions
                .addPerson(new org.tryon.governance.roster.application.PersonInput(
                        name, mail, "704-555-0" + (100 + name.length() * 7), null, resident, null))
                .id();
    }

    private org.tryon.governance.roster.application.CommissionView.AppointmentView appoint(
            String body, int seat, long person, LocalDate start, String note) {
        LocalDate today = LocalDate.now(clock);
        LocalDate action = start.minusDays(30).isAfter(today) ? today : start.minusDays(30);
        return commissions.appoint(body, seat, new AppointMember(person, start, null, action, note, null));
    }
}
