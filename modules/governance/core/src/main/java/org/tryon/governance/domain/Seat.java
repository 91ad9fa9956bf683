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
import org.hibernate.envers.Audited;

/** A seat of a commission, recommended by an organisation (107.1.1 A, 107.2.1). */
@Entity
@Table(name = "gov_seat")
@Audited
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Column(name = "seat_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Version
    private long version;

    protected Seat() {
    }

    Seat(Commission commission, int number, String title) {
        this.commission = commission;
        this.number = number;
        this.title = title;
    }

    public Long getId() { return id; }
    public Commission getCommission() { return commission; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
}
