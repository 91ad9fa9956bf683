package org.tryon.permitting.permits.application;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.sqm.TemporalUnit;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.ContractorLicense;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.lists.ListDefinition;
import org.tryon.platform.lists.Paths;

/**
 * The permitting lists ("Screens and API"): which fields the permits, contractors,
 * projects and work list screens and the API filter and sort by, and what each means in the
 * entities. Text filters match "contains", ignoring case; a permit's street address word by word through its
 * full-text index ({@link Paths#words}); a parcel number (PIN) from its start, with or without its dashes; a
 * contractor by its name or one of its license numbers (the matching firms first, then their permits by index).
 */
public final class PermittingLists {

    /**
     * Permits, newest first. {@code q} is the one-box search: permit number, the permit's street
     * address, the project's PIN, or the contractor's name or license number.
     */
    public static final ListDefinition<Permit> PERMITS =
            permitFields(ListDefinition.of(Permit.class)).build();

    /** Contractor firms, newest first; {@code license} matches any of the firm's license numbers. */
    public static final ListDefinition<ContractorFirm> CONTRACTORS = ListDefinition.of(ContractorFirm.class)
            .text("name", "name")
            .filter("license", (paths, value) -> paths.root().get("id").in(licensed(paths, value)))
            .text("contactName", "pointOfContact.name")
            .fetch("licenses")
            .build();

    /** Projects, newest first; {@code q} matches the name, street address or PIN. */
    public static final ListDefinition<Project> PROJECTS = ListDefinition.of(Project.class)
            .text("name", "name")
            .text("address", "address.street")
            .field("pin", paths -> paths.get("pin"), pin("pinDigits"))
            .text("ownerName", "owner.name")
            .choice("status", "state", Project.State.class)
            .filter(
                    "q",
                    (paths, value) -> paths.cb()
                            .or(
                                    paths.contains(paths.get("name"), value),
                                    paths.contains(paths.get("address.street"), value),
                                    PermittingLists.<Project>pin("pinDigits").on(paths, value)))
            .fetch("owner")
            .build();

    private PermittingLists() {}

    /**
     * The work list: permits whose clock (108.8.1, 108.10 E) runs out on or before {@code horizon},
     * soonest first. The day is computed in the database exactly as {@link PermitClocks#next} does
     * in Java (adding months keeps the day, or the month's last day).
     */
    public static ListDefinition<Permit> workList(PermitClocks clocks, LocalDate horizon) {
        return permitFields(ListDefinition.of(Permit.class))
                .sorted("clockRunsOutOn", paths -> clockRunsOut(paths, clocks))
                .orderBy("clockRunsOutOn", true)
                .build()
                .where(paths -> paths.cb()
                        .and(
                                paths.root().get("status").in(PermitStatus.ISSUED, PermitStatus.WORK_COMMENCED),
                                paths.cb().lessThanOrEqualTo(clockRunsOut(paths, clocks), horizon)));
    }

    private static ListDefinition.Builder<Permit> permitFields(ListDefinition.Builder<Permit> list) {
        ListDefinition.Filter<Permit> contractor =
                (paths, value) -> paths.root().get("contractor").get("id").in(firms(paths, value));
        ListDefinition.Filter<Permit> pin = pin("project.pinDigits");
        return list.text("number", "number")
                .choice("trade", "trade", Trade.class)
                .choice("status", "status", PermitStatus.class)
                .text(
                        "holderName",
                        paths -> paths.cb()
                                .coalesce(paths.<String>get("contractor.name"), paths.get("project.owner.name")))
                .text("projectName", "project.name")
                .field(
                        "address",
                        paths -> paths.get("address.street"),
                        (paths, value) -> paths.words(paths.get("address.street"), value))
                .field("projectPin", paths -> paths.get("project.pin"), pin)
                .filter("contractor", contractor)
                .filter(
                        "q",
                        (paths, value) -> paths.cb()
                                .or(
                                        paths.contains(paths.get("number"), value),
                                        paths.contains(paths.get("address.street"), value),
                                        pin.on(paths, value),
                                        contractor.on(paths, value)))
                .sorted("appliedOn", "appliedOn")
                .sorted("issuedOn", "issuedOn")
                .fetch("contractor", "project.owner", "masterPermit");
    }

    /**
     * A PIN typed with or without its dashes ("078-011-05", "07801105", or its start "078-011") matches the stored one
     * from its start, through the index of its digits ({@code pinDigits}, derived by the database).
     */
    private static <E> ListDefinition.Filter<E> pin(String digitsPath) {
        return (paths, value) ->
                paths.startsWith(paths.get(digitsPath), value.replace("-", "").trim());
    }

    /**
     * Ids of the firms whose name or one of whose license numbers contains {@code value} (20,000 firms: a small scan).
     * The licenses are a subquery of their own, not one per firm: MariaDB then reads each table once (a tenth of the
     * time of a correlated {@code exists} on ten years of permits, ADR 0048).
     */
    private static Subquery<Long> firms(Paths<?> paths, String value) {
        Subquery<Long> firms = paths.query().subquery(Long.class);
        Root<ContractorFirm> firm = firms.from(ContractorFirm.class);
        return firms.select(firm.get("id"))
                .where(paths.cb()
                        .or(
                                paths.contains(firm.get("name"), value),
                                firm.get("id").in(licensed(paths, value))));
    }

    /** Ids of the firms holding a license whose number contains {@code value}. */
    private static Subquery<Long> licensed(Paths<?> paths, String value) {
        Subquery<Long> licenses = paths.query().subquery(Long.class);
        Root<ContractorLicense> license = licenses.from(ContractorLicense.class);
        return licenses.select(license.get("firm").get("id")).where(paths.contains(license.get("number"), value));
    }

    /**
     * The day the permit's clock runs out, as {@link PermitClocks} computes it: six months after issue
     * (108.8.1), or the earlier of twelve months after the latest request (106 "Project Discontinued")
     * and twelve months after the latest inspection (108.10 E), each counted at the earliest from
     * commencement.
     */
    private static Expression<LocalDate> clockRunsOut(Paths<Permit> paths, PermitClocks clocks) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) paths.cb();
        Expression<LocalDate> discontinued = cb.addDuration(
                since(paths, "latestRequestOn"), cb.duration(clocks.discontinuedMonths(), TemporalUnit.MONTH));
        Expression<LocalDate> noFinal = cb.addDuration(
                since(paths, "latestInspectionOn"), cb.duration(clocks.finalMonths(), TemporalUnit.MONTH));
        return cb.<LocalDate>selectCase()
                .when(
                        cb.equal(paths.get("status"), PermitStatus.ISSUED),
                        cb.addDuration(
                                paths.<LocalDate>get("issuedOn"),
                                cb.duration(clocks.expiryMonths(), TemporalUnit.MONTH)))
                .when(cb.lessThan(noFinal, discontinued), noFinal)
                .otherwise(discontinued);
    }

    /** The later of commencement and {@code activity}. */
    private static Expression<LocalDate> since(Paths<Permit> paths, String activity) {
        CriteriaBuilder cb = paths.cb();
        Expression<LocalDate> commenced = paths.get("commencedOn");
        Expression<LocalDate> day = paths.get(activity);
        return cb.<LocalDate>selectCase()
                .when(cb.and(cb.isNotNull(day), cb.greaterThan(day, commenced)), day)
                .otherwise(commenced);
    }
}
