package org.tryon.governance.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Seat;

/**
 * The applications for one seat, forwarded by the clerk to the appointing body: the Board of County
 * Commissioners for the BDC (107.1.1 A), the BDC for the TAB (107.2.1). Kept as sent: when, by whom,
 * to whom; the packet's PDF is generated from it and its applications.
 */
@Entity
@Table(name = "gov_application_packet")
public class ApplicationPacket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private Seat seat;

    @Column(name = "forwarded_to", nullable = false, length = 100)
    private String forwardedTo;

    @Column(name = "forwarded_at", nullable = false)
    private LocalDateTime forwardedAt;

    @Column(name = "forwarded_by", nullable = false, length = 100)
    private String forwardedBy;

    @Column(length = 1000)
    private String note;

    protected ApplicationPacket() {}

    public ApplicationPacket(
            Seat seat, String forwardedTo, LocalDateTime forwardedAt, String forwardedBy, String note) {
        this.commission = seat.getCommission();
        this.seat = seat;
        this.forwardedTo = forwardedTo;
        this.forwardedAt = forwardedAt;
        this.forwardedBy = forwardedBy;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** The body that appoints to {@code commissionCode}: the Board for the BDC (107.1.1 A), the BDC for the TAB and subcommittees (107.2.1). */
    public static String appointingBody(String commissionCode) {
        return "BDC".equals(commissionCode) ? "Board of County Commissioners" : "Building-Development Commission";
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public Seat getSeat() {
        return seat;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public LocalDateTime getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public String getNote() {
        return note;
    }
}
