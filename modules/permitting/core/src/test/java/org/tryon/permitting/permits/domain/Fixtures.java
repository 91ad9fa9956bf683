package org.tryon.permitting.permits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.parties.domain.PointOfContact;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/** Parties, projects and permits for permitting's tests, each as small as the rules allow. */
public final class Fixtures {

    public static final LocalDate LICENSES_EXPIRE = LocalDate.of(2027, 12, 31);

    private Fixtures() {}

    /** A firm with one license for {@code trade}, valid through {@link #LICENSES_EXPIRE}. */
    public static ContractorFirm firm(String name, String license, Trade trade) {
        ContractorFirm firm =
                new ContractorFirm(name, new PointOfContact("Pat Lee", "704-555-0100", null), Instant.EPOCH);
        firm.addLicense(LicenseBoard.usualFor(trade), license, null, trade, LICENSES_EXPIRE);
        return firm;
    }

    public static Owner owner() {
        return new Owner("Jordan Reed", "12 Elm Ct, Charlotte, NC 28205", null, null, Instant.EPOCH);
    }

    /** A commercial business (B) project of {@code squareFeet} worth {@code value}. */
    public static Project commercial(Owner owner, int squareFeet, long value) {
        return project(owner, OccupancyGroup.B, Dwelling.NONE, squareFeet, "40", value);
    }

    /** A new single-family detached dwelling. */
    public static Project house(Owner owner) {
        return project(owner, OccupancyGroup.R_3, Dwelling.SINGLE_FAMILY_DETACHED, 2400, "28", 385_000);
    }

    public static Project project(
            Owner owner, OccupancyGroup group, Dwelling dwelling, int squareFeet, String heightFeet, long value) {
        return new Project(
                "Test project",
                new ProjectAddress("700 N Tryon St", "Charlotte", "NC", "28202"),
                "078-011-05",
                owner,
                "Test work",
                Money.of(value),
                squareFeet,
                new BigDecimal(heightFeet),
                group,
                false,
                0,
                dwelling,
                WorkType.NEW,
                null,
                false,
                LocalDate.of(2026, 11, 2));
    }

    /** An application by {@code firm} for {@code trade} work on {@code project}, with the 108.8 D statement. */
    public static Permit permit(Trade trade, ContractorFirm firm, Project project, long value, LocalDate appliedOn) {
        return new Permit(trade, project, firm, null, null, "Test work", Money.of(value), appliedOn, "Pat Lee");
    }

    /** Persists a firm licensed for {@code trade}, an owner, a commercial project and an application; returns the permit with its number. */
    public static Permit persistedPermit(
            jakarta.persistence.EntityManager em, Trade trade, String license, long value, LocalDate appliedOn) {
        ContractorFirm firm = firm("Firm " + license, license, trade);
        em.persist(firm);
        Owner owner = owner();
        em.persist(owner);
        Project project = commercial(owner, 12_000, value);
        em.persist(project);
        Permit p = permit(trade, firm, project, value, appliedOn);
        em.persist(p);
        em.flush();
        p.assignNumber();
        return p;
    }
}
