package org.tryon.governance.roster.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * A body the department answers to or is advised by: the Building-Development Commission (107)
 * or its Technical Advisory Board (107.2), with its seats.
 *
 * <p>Invariants: the code is unique; seats are numbered 1..n without gaps.
 */
@Entity
@Table(name = "gov_commission")
@Audited
public class Commission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToMany(mappedBy = "commission", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Seat> seats = new ArrayList<>();

    @Version
    private long version;

    protected Commission() {}

    public Commission(String code, String name, List<String> seatTitles) {
        this.code = code.trim().toUpperCase();
        this.name = name.trim();
        for (int i = 0; i < seatTitles.size(); i++) {
            seats.add(new Seat(this, i + 1, seatTitles.get(i).trim()));
        }
    }

    /** Adds a seat from {@code effectiveFrom}: numbered after the last one; no earlier day is changed. */
    public Seat addSeat(
            String title, List<String> organisations, java.time.LocalDate effectiveFrom, boolean chairSeat) {
        Seat s = new Seat(this, seats.size() + 1, title.trim(), organisations, effectiveFrom, chairSeat);
        seats.add(s);
        return s;
    }

    /** The seats that exist on {@code day}. */
    public List<Seat> seatsOn(java.time.LocalDate day) {
        return seats.stream().filter(s -> s.inEffectOn(day)).toList();
    }

    public Optional<Seat> seat(int number) {
        return seats.stream().filter(s -> s.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<Seat> getSeats() {
        return List.copyOf(seats);
    }
}
