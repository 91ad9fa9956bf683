package org.tryon.licensing.checkin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.licensing.checkin.application.CheckInCommands;
import org.tryon.licensing.checkin.application.CheckInViews.CheckInView;
import org.tryon.licensing.checkin.application.CheckInViews.RosterLine;
import org.tryon.licensing.checkin.application.CheckInViews.RosterView;
import org.tryon.licensing.checkin.application.CheckInViews.SessionView;
import org.tryon.licensing.checkin.application.CheckIns;
import org.tryon.licensing.checkin.application.Irregularities;
import org.tryon.licensing.checkin.domain.IdentityDocumentKind;
import org.tryon.licensing.checkin.domain.IrregularityKind;
import org.tryon.platform.web.FacesErrors;

/** The proctor's screen: a session's roster, check-in with the access code, irregularities at the sitting (107.1.5 C). */
@Named
@ViewScoped
public class CheckInBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckIns checkIns;

    @Inject
    Irregularities irregularities;

    private Long session;
    private List<SessionView> sessions;
    private RosterView roster;

    private Long registrationId;
    private String idKind;
    private String idLastDigits;
    private String nameOnDocument;
    private CheckInView checkedIn;

    private Long irregularityRegistration;
    private String irregularityKind;
    private String occurredTime;
    private String description;

    public void load() {
        roster = null;
        if (session != null) {
            try {
                roster = checkIns.roster(session);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    /** The row's check-in button: the form below opens for this registration. */
    public void choose(long id) {
        registrationId = id;
        idKind = null;
        idLastDigits = null;
        nameOnDocument = null;
        checkedIn = null;
    }

    public void checkIn() {
        try {
            checkedIn =
                    checkIns.checkIn(registrationId, new CheckInCommands.CheckIn(idKind, idLastDigits, nameOnDocument));
            FacesErrors.info(checkedIn.candidateName() + " checked in: access code " + checkedIn.accessCode()
                    + ", form " + checkedIn.formCode());
            registrationId = null;
            load();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The time typed (HH:mm) on the session's day; now when left blank. */
    private LocalDateTime occurredAt() {
        if (occurredTime == null || occurredTime.isBlank() || roster == null) {
            return null;
        }
        try {
            return roster.session().sessionDate().atTime(java.time.LocalTime.parse(occurredTime.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.tryon.platform.errors.RuleViolationException(
                    "occurredAt", "time", "Give the time as hh:mm (24 hours), or leave it blank for now");
        }
    }

    public void cancelCheckIn() {
        registrationId = null;
    }

    public void recordIrregularity() {
        try {
            var v = irregularities.record(new CheckInCommands.RecordIrregularity(
                    irregularityRegistration == null ? 0 : irregularityRegistration,
                    irregularityKind,
                    occurredAt(),
                    description));
            FacesErrors.info("Irregularity recorded for " + v.candidateName() + ": " + v.kindLabel()
                    + (v.invalidates()
                            ? " - the result is invalidated and the matter referred to the licensing subcommittee"
                            : ""));
            irregularityRegistration = null;
            irregularityKind = null;
            occurredTime = null;
            description = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = checkIns.sessions();
        }
        return sessions;
    }

    public RosterLine getChosen() {
        return roster == null || registrationId == null
                ? null
                : roster.lines().stream()
                        .filter(l -> l.registrationId() == registrationId)
                        .findFirst()
                        .orElse(null);
    }

    /** The registrations an irregularity may concern: those checked in or completed. */
    public List<RosterLine> getSitting() {
        return roster == null
                ? List.of()
                : roster.lines().stream()
                        .filter(l -> "CHECKED_IN".equals(l.status()) || "COMPLETED".equals(l.status()))
                        .toList();
    }

    public IdentityDocumentKind[] getIdKinds() {
        return IdentityDocumentKind.values();
    }

    public IrregularityKind[] getIrregularityKinds() {
        return IrregularityKind.values();
    }

    public RosterView getRoster() {
        return roster;
    }

    public CheckInView getCheckedIn() {
        return checkedIn;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getIdKind() {
        return idKind;
    }

    public void setIdKind(String idKind) {
        this.idKind = idKind;
    }

    public String getIdLastDigits() {
        return idLastDigits;
    }

    public void setIdLastDigits(String idLastDigits) {
        this.idLastDigits = idLastDigits;
    }

    public String getNameOnDocument() {
        return nameOnDocument;
    }

    public void setNameOnDocument(String nameOnDocument) {
        this.nameOnDocument = nameOnDocument;
    }

    public Long getIrregularityRegistration() {
        return irregularityRegistration;
    }

    public void setIrregularityRegistration(Long irregularityRegistration) {
        this.irregularityRegistration = irregularityRegistration;
    }

    public String getIrregularityKind() {
        return irregularityKind;
    }

    public void setIrregularityKind(String irregularityKind) {
        this.irregularityKind = irregularityKind;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
