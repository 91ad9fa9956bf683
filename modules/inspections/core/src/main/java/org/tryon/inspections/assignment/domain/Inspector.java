package org.tryon.inspections.assignment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;

/**
 * A field inspector of the department: the trades whose work they inspect, the districts they
 * cover and how many inspections they make in a day. Requests are assigned to active inspectors of
 * the permit's trade and district ({@link InspectorChoice}).
 *
 * <p>Invariants: a display name; at least one trade and one district; a daily capacity from 1 to
 * {@link #MAX_DAILY_CAPACITY}. The user name, when there is one, is the inspector's login: it finds
 * their day list. An inspector whose requests are entered by others (no login) has none.
 *
 * <p>The trades and districts of the inspectors a query finds are loaded by one query each
 * ({@code SUBSELECT}), not one per inspector: the supervisor's board and the list of inspectors read
 * them all.
 */
@Entity
@Table(name = "insp_inspector")
@Audited
public class Inspector {

    /** More than this in one day is a typing error, not a capacity. */
    public static final int MAX_DAILY_CAPACITY = 60;

    /** What an inspector is: the fields an administrator sets. */
    public record Profile(
            String userName,
            String displayName,
            String phone,
            Set<Trade> trades,
            Set<String> districts,
            int dailyCapacity,
            boolean active) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", unique = true, length = 60)
    private String userName;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 30)
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "insp_inspector_trade", joinColumns = @JoinColumn(name = "inspector_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "trade", length = 20)
    private Set<Trade> trades = EnumSet.noneOf(Trade.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "insp_inspector_district", joinColumns = @JoinColumn(name = "inspector_id"))
    @Column(name = "district_code", length = 20)
    private Set<String> districts = new TreeSet<>();

    @Column(name = "daily_capacity", nullable = false)
    private int dailyCapacity;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Inspector() {}

    public Inspector(Profile profile) {
        apply(profile);
    }

    /** Changes what the inspector is (trades, districts, capacity, active); refused, naming each field, unless the invariants hold. */
    public void update(Profile profile) {
        apply(profile);
    }

    private void apply(Profile p) {
        List<Violation> refusals = new ArrayList<>();
        if (p.displayName() == null || p.displayName().isBlank()) {
            refusals.add(new Violation("displayName", "required", "The inspector's name is required"));
        }
        if (p.trades() == null || p.trades().isEmpty()) {
            refusals.add(new Violation(
                    "trades", "inspector.trades", "An inspector inspects the work of at least one trade"));
        }
        if (p.districts() == null || p.districts().isEmpty()) {
            refusals.add(
                    new Violation("districts", "inspector.districts", "An inspector covers at least one district"));
        }
        if (p.dailyCapacity() < 1 || p.dailyCapacity() > MAX_DAILY_CAPACITY) {
            refusals.add(new Violation(
                    "dailyCapacity",
                    "inspector.capacity",
                    "The daily capacity is a number of inspections from 1 to " + MAX_DAILY_CAPACITY));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        this.userName = p.userName() == null || p.userName().isBlank()
                ? null
                : p.userName().trim();
        this.displayName = p.displayName().trim();
        this.phone = p.phone() == null || p.phone().isBlank() ? null : p.phone().trim();
        this.trades.clear();
        this.trades.addAll(p.trades());
        this.districts.clear();
        this.districts.addAll(p.districts());
        this.dailyCapacity = p.dailyCapacity();
        this.active = p.active();
    }

    public boolean inspects(Trade trade) {
        return trades.contains(trade);
    }

    public boolean covers(String district) {
        return district != null && districts.contains(district);
    }

    public Long getId() {
        return id;
    }

    public String getUserName() {
        return userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Trade> getTrades() {
        return trades.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(trades));
    }

    public Set<String> getDistricts() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(districts));
    }

    public int getDailyCapacity() {
        return dailyCapacity;
    }

    public boolean isActive() {
        return active;
    }
}
