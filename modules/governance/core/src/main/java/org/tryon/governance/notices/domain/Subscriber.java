package org.tryon.governance.notices.domain;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Someone on a body's list of those who asked for notices of its meetings (G.S. 143-318.12(b)(2): notice of a special
 * meeting goes to each person who has filed a written request; the county sends every notice to the list). Asked on the
 * public form, an address is on the list only once its owner confirmed it by the e-mailed link (double opt-in); the
 * clerk may add an address given in writing, confirmed at once. Every notice carries the link to leave the list.
 */
@Entity
@Table(name = "gov_subscriber")
public class Subscriber {

    public enum Status {
        PENDING,
        CONFIRMED,
        ENDED
    }

    /** Where the request came from: the public form, or the clerk entering a written request. */
    public enum Source {
        PUBLIC,
        CLERK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Source source;

    @Version
    private long version;

    protected Subscriber() {}

    public Subscriber(Commission commission, String email, String name, String token, LocalDateTime at, Source source) {
        this.commission = commission;
        this.email = normalise(email);
        this.name = name == null || name.isBlank() ? null : name.trim();
        this.token = token;
        this.requestedAt = at;
        this.source = source;
        this.status = source == Source.CLERK ? Status.CONFIRMED : Status.PENDING;
        this.confirmedAt = source == Source.CLERK ? at : null;
    }

    /** An address as kept: trimmed, lower case (the list holds an address once per body). */
    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The owner of the address followed the link: from now on every notice goes to it. Confirming twice changes nothing. */
    public void confirm(LocalDateTime at) {
        if (status == Status.ENDED) {
            throw new RuleViolationException(
                    "token", "subscription.ended", "This subscription was ended; subscribe again");
        }
        if (status == Status.PENDING) {
            status = Status.CONFIRMED;
            confirmedAt = at;
        }
    }

    /** Leaves the list (by the link in a notice, or the clerk at the subscriber's request). */
    public void end(LocalDateTime at) {
        if (status != Status.ENDED) {
            status = Status.ENDED;
            endedAt = at;
        }
    }

    /** Asks again after having left, or before confirming: a new link, pending again (the clerk's entry is confirmed). */
    public void renew(String name, String newToken, LocalDateTime at, Source source) {
        if (name != null && !name.isBlank()) {
            this.name = name.trim();
        }
        this.token = newToken;
        this.requestedAt = at;
        this.endedAt = null;
        this.source = source;
        if (source == Source.CLERK) {
            this.status = Status.CONFIRMED;
            this.confirmedAt = at;
        } else if (status != Status.CONFIRMED) {
            this.status = Status.PENDING;
            this.confirmedAt = null;
        }
    }

    public boolean receivesNotices() {
        return status == Status.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Status getStatus() {
        return status;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public Source getSource() {
        return source;
    }
}
