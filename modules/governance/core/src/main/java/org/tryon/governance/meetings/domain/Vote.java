package org.tryon.governance.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tryon.governance.roster.domain.Person;

/** One member's vote on a motion, kept for the minutes (107.1.4 E: "the vote of each member upon every question"). */
@Entity
@Table(name = "gov_vote")
public class Vote {

    public enum Choice {
        AYE,
        NAY,
        ABSTAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false)
    private Motion motion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Choice choice;

    protected Vote() {}

    public Vote(Motion motion, Person person, Choice choice) {
        this.motion = motion;
        this.person = person;
        this.choice = choice;
    }

    public Long getId() {
        return id;
    }

    public Motion getMotion() {
        return motion;
    }

    public Person getPerson() {
        return person;
    }

    public Choice getChoice() {
        return choice;
    }
}
