package org.tryon.governance.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tryon.governance.meetings.application.AgendaView;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.meetings.domain.Vote;
import org.tryon.governance.participation.domain.CertifiedCopy;
import org.tryon.governance.participation.domain.CopyDelivery;
import org.tryon.governance.participation.domain.InterestedParty;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Certified copies of BDC resolutions (107.1.4 A: "Every action shall be by resolution with certified copies of the
 * resolution sent to interested parties"): the clerk names the interested parties of a resolution, certifies a copy for
 * each (a PDF with the resolution's text, the vote of each member and the clerk's certification with its date) and
 * records every delivery: to whom, where, how, when and by whom.
 */
@ApplicationScoped
@Transactional
public class CertifiedCopies {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Letterhead letterhead;

    /** The BDC's resolutions of a year, newest first, each with its parties, copies and deliveries. A read. */
    public List<ResolutionView> list(int year) {
        if (year < 1900 || year > 9999) {
            throw new RuleViolationException("year", "range", "A year from 1900 to 9999");
        }
        return em
                .createQuery(
                        "select m from Motion m join fetch m.meeting mt where m.resolutionNumber like :y order by m.decidedAt desc, m.id desc",
                        Motion.class)
                .setParameter("y", "BDC " + year + "-%")
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    public ResolutionView get(long motionId) {
        return view(resolution(motionId, false));
    }

    /** Names a party interested in the resolution (107.1.4 A). */
    public ResolutionView nameParty(long motionId, ResolutionCommands.NameParty command) {
        Inputs.valid(validator, command);
        Motion m = resolution(motionId, true);
        em.persist(new InterestedParty(m, command.name(), command.address(), command.email(), now(), user.name()));
        em.flush();
        return view(m);
    }

    /** Certifies a copy of the resolution for one of its parties: the clerk and the moment are recorded (107.1.4 A). */
    public ResolutionView.Copy certify(long motionId, ResolutionCommands.Certify command) {
        Inputs.valid(validator, command);
        Motion m = resolution(motionId, true);
        InterestedParty party = em.find(InterestedParty.class, command.partyId());
        if (party == null || !party.getResolution().getId().equals(m.getId())) {
            throw new RuleViolationException(
                    "partyId",
                    "107.1.4 A interested-party",
                    "107.1.4 A: a copy is certified for a party named as " + "interested in resolution "
                            + m.getResolutionNumber());
        }
        CertifiedCopy copy = new CertifiedCopy(party, now(), user.name());
        em.persist(copy);
        em.flush();
        return copyView(copy, List.of());
    }

    public ResolutionView.Copy copy(long copyId) {
        CertifiedCopy c = findCopy(copyId);
        return copyView(c, deliveries(c));
    }

    /** Records a delivery of a certified copy: how, where, now, by whom. */
    public ResolutionView.Copy deliver(long copyId, ResolutionCommands.Deliver command) {
        Inputs.valid(validator, command);
        CertifiedCopy copy = findCopy(copyId);
        em.persist(new CopyDelivery(copy, command.method(), command.sentTo(), now(), user.name()));
        em.flush();
        return copyView(copy, deliveries(copy));
    }

    /**
     * The certified copy as a PDF: the resolution's number and text, the meeting, the vote and each member's vote, and the
     * certification by the clerk with its date, addressed to the party. Generated from the record: the same every time. A read.
     */
    public byte[] pdf(long copyId) {
        CertifiedCopy copy = findCopy(copyId);
        Motion m = copy.getResolution();
        InterestedParty party = copy.getParty();
        ResolutionView r = view(m);
        var doc = letterhead
                .document("Certified copy of resolution " + m.getResolutionNumber())
                .reference("CC-" + copy.getId())
                .dated(copy.getCertifiedAt().toLocalDate())
                .addressee(
                        party.getName(),
                        party.getAddress() == null
                                ? List.of(party.getEmail())
                                : List.of(party.getAddress().split("\n")))
                .fact("Resolution", m.getResolutionNumber())
                .fact("Body", m.getMeeting().getCommission().getName())
                .fact(
                        "Meeting",
                        UsFormat.date(m.getMeeting().getStartsAt().toLocalDate()) + ", "
                                + m.getMeeting().getLocation())
                .fact("Moved by", r.mover())
                .fact("Seconded by", r.seconder())
                .fact(
                        "Vote",
                        r.ayes() + " aye, " + r.nays() + " nay, " + r.abstentions()
                                + " abstaining: carried (107.1.4 A)");
        doc.section("Resolution", m.getText());
        doc.section(
                "Vote of each member (107.1.4 E)",
                String.join(
                        "\n",
                        r.votes().stream()
                                .map(v -> v.name() + ": " + v.choice().toLowerCase())
                                .toList()));
        doc.section(
                "Certification",
                "I, " + copy.getCertifiedBy() + ", clerk to the "
                        + m.getMeeting().getCommission().getName()
                        + ", certify that the foregoing is a true and correct copy of resolution "
                        + m.getResolutionNumber() + ", adopted by the "
                        + m.getMeeting().getCommission().getName() + " at its meeting of "
                        + UsFormat.date(m.getMeeting().getStartsAt().toLocalDate())
                        + " by the vote shown, as it appears in the record of that meeting. Certified on "
                        + UsFormat.date(copy.getCertifiedAt().toLocalDate())
                        + " for " + party.getName() + " (107.1.4 A).");
        doc.signature(
                copy.getCertifiedBy(),
                "Clerk to the " + m.getMeeting().getCommission().getName() + ", certified "
                        + UsFormat.date(copy.getCertifiedAt().toLocalDate()));
        return doc.render();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private Motion resolution(long motionId, boolean lock) {
        Motion m = lock
                ? em.find(Motion.class, motionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Motion.class, motionId);
        if (m == null) {
            throw new RecordNotFoundException("motion", motionId);
        }
        InterestedParty.requireResolution(m);
        return m;
    }

    private CertifiedCopy findCopy(long copyId) {
        CertifiedCopy c = em.find(CertifiedCopy.class, copyId);
        if (c == null) {
            throw new RecordNotFoundException("certified copy", copyId);
        }
        return c;
    }

    private List<CopyDelivery> deliveries(CertifiedCopy copy) {
        return em.createQuery(
                        "select d from CopyDelivery d where d.copy = :c order by d.deliveredAt, d.id",
                        CopyDelivery.class)
                .setParameter("c", copy)
                .getResultList();
    }

    private ResolutionView.Copy copyView(CertifiedCopy c, List<CopyDelivery> deliveries) {
        return new ResolutionView.Copy(
                c.getId(),
                c.getParty().getId(),
                c.getCertifiedAt(),
                c.getCertifiedBy(),
                deliveries.stream()
                        .map(d -> new ResolutionView.Delivery(
                                d.getId(), d.getMethod().name(), d.getSentTo(), d.getDeliveredAt(), d.getRecordedBy()))
                        .toList());
    }

    private ResolutionView view(Motion m) {
        List<AgendaView.BallotView> votes = em
                .createQuery("select v from Vote v join fetch v.person where v.motion = :m", Vote.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(v -> new AgendaView.BallotView(
                        v.getPerson().getId(),
                        v.getPerson().getFullName(),
                        v.getChoice().name()))
                .sorted(Comparator.comparing(AgendaView.BallotView::name))
                .toList();
        List<ResolutionView.Party> parties = new ArrayList<>();
        for (InterestedParty p : em.createQuery(
                        "select p from InterestedParty p where p.resolution = :m order by p.namedAt, p.id",
                        InterestedParty.class)
                .setParameter("m", m)
                .getResultList()) {
            List<ResolutionView.Copy> copies = em
                    .createQuery(
                            "select c from CertifiedCopy c where c.party = :p order by c.certifiedAt, c.id",
                            CertifiedCopy.class)
                    .setParameter("p", p)
                    .getResultList()
                    .stream()
                    .map(c -> copyView(c, deliveries(c)))
                    .toList();
            parties.add(new ResolutionView.Party(
                    p.getId(), p.getName(), p.getAddress(), p.getEmail(), p.getNamedAt(), p.getNamedBy(), copies));
        }
        return new ResolutionView(
                m.getId(),
                m.getResolutionNumber(),
                m.getMeeting().getId(),
                m.getMeeting().getStartsAt().toLocalDate(),
                m.getMeeting().getCommission().getCode(),
                m.getText(),
                m.getMover().getFullName(),
                m.getSeconder().getFullName(),
                m.getDecidedAt(),
                m.getAyes(),
                m.getNays(),
                m.getAbstentions(),
                votes,
                parties);
    }
}
