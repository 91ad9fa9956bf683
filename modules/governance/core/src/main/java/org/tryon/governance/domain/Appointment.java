package org.tryon.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A member's term in a seat: from the start date through the end date (107.1.2, 107.2.2). */
@Entity
@Table(name = "gov_appointment")
@Audited
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private Seat seat;

    @Column(name = "member_name", nullable = false, length = 150)
    private String memberName;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(Seat seat, String memberName, LocalDate termStart, LocalDate termEnd, LocalDate appointedOn) {
        this.seat = seat;
        this.memberName = memberName.trim();
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.appointedOn = appointedOn;
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !termEnd.isBefore(start) && !termStart.isAfter(end);
    }

    public Long getId() { return id; }
    public Seat getSeat() { return seat; }
    public String getMemberName() { return memberName; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public LocalDate getAppointedOn() { return appointedOn; }
}
