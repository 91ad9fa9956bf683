package org.tryon.governance.participation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tryon.governance.participation.application.ApplicationCommands;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.governance.participation.application.SpeakerCommands;
import org.tryon.governance.roster.application.CommissionView;
import org.tryon.governance.roster.application.Commissions;

/**
 * The public's part in the demo: an application from the public form for the BDC seat left vacant by a resignation
 * (107.1.1 A), and a speaker signed up for the next BDC meeting (107.1.4 F). Loaded after the rosters and meetings.
 */
@ApplicationScoped
public class ParticipationDemoData {

    @Inject
    Commissions commissions;

    @Inject
    SeatApplications applications;

    @Inject
    PublicAppearances appearances;

    public void load(LocalDate today) {
        CommissionView bdc = commissions.get("BDC");
        bdc.seats().stream()
                .filter(CommissionView.SeatView::vacant)
                .findFirst()
                .ifPresent(seat -> applications.applyPublicly(new ApplicationCommands.Apply(
                        "BDC",
                        seat.number(),
                        null,
                        "Jessie Okonkwo",
                        "415 Queens Rd, Charlotte NC 28207",
                        true,
                        "jessie.okonkwo@example.org",
                        "704-555-0199",
                        "Registered architect for 18 years; served on the county's "
                                + "accessibility advisory group; would represent the public on the Commission.")));
        appearances.openMeetings().stream()
                .filter(m -> m.commission().equals("BDC"))
                .findFirst()
                .ifPresent(m -> appearances.signUpPublicly(
                        m.id(),
                        new SpeakerCommands.SignUp(
                                "Lee Harmon",
                                m.items().isEmpty() ? null : m.items().get(0).id(),
                                "Plan review turnaround times for small residential projects",
                                "lee.harmon@example.org")));
    }
}
