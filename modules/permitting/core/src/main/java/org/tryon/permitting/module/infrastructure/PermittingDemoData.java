package org.tryon.permitting.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.permitting.parties.application.ContractorView;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.parties.application.DesignProfessionalView;
import org.tryon.permitting.parties.application.DesignProfessionals;
import org.tryon.permitting.parties.application.FileBond;
import org.tryon.permitting.parties.application.RegisterContractor;
import org.tryon.permitting.parties.application.RegisterDesignProfessional;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.permitting.permits.application.ApplyForPermit;
import org.tryon.permitting.permits.application.CreateProject;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.permitting.plans.application.PlanSubmissionView;
import org.tryon.permitting.plans.application.RecordReview;
import org.tryon.permitting.plans.application.SubmitPlans;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Demo contractors (licensed and bonded), design professionals, owners, projects with plan review
 * cycles, and permits, loaded once (when there are no contractors yet) through the real use cases.
 */
@ApplicationScoped
public class PermittingDemoData {

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Contractors contractors;

    @Inject
    DesignProfessionals designProfessionals;

    @Inject
    Projects projects;

    @Inject
    Permits permits;

    @Inject
    Clock clock;

    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || contractors.count(ListRequest.filtered(Map.of(), 1)) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31).plusYears(1);
        ContractorView builder = contractor(
                "Queen City Builders, Inc.",
                "GC-71234",
                Trade.BUILDING,
                LicenseBoard.GENERAL_CONTRACTORS,
                "Unlimited Building",
                yearEnd,
                "Marcus Reed",
                "704-555-0142",
                "BND-10001",
                today);
        ContractorView electric = contractor(
                "Piedmont Electric LLC",
                "EL-30511",
                Trade.ELECTRICAL,
                LicenseBoard.ELECTRICAL_CONTRACTORS,
                "Unlimited",
                yearEnd,
                "Alicia Gomez",
                "704-555-0177",
                "BND-10002",
                today);
        contractor(
                "Catawba Plumbing Co.",
                "PL-22817",
                Trade.PLUMBING,
                LicenseBoard.PLUMBING_HEATING,
                "Plumbing I",
                yearEnd,
                "Dwayne Price",
                "704-555-0190",
                "BND-10003",
                today);
        contractor(
                "Mint Hill Heating & Air",
                "H3-10452",
                Trade.MECHANICAL,
                LicenseBoard.PLUMBING_HEATING,
                "H-3",
                yearEnd,
                "Priya Nair",
                "704-555-0123",
                "BND-10004",
                today);
        DesignProfessionalView architect = designProfessionals.register(new RegisterDesignProfessional(
                "Dana Whitfield",
                DesignProfessional.Profession.ARCHITECT,
                "NC-11872",
                "Whitfield Architecture PLLC",
                "400 S Tryon St, Charlotte, NC 28285"));
        designProfessionals.register(new RegisterDesignProfessional(
                "Samuel Okafor",
                DesignProfessional.Profession.ENGINEER,
                "PE-042517",
                "Okafor Structural",
                "2100 Randolph Rd, Charlotte, NC 28207"));

        ProjectView house = projects.create(new CreateProject(
                "Reed residence",
                "700 N Tryon St",
                "Charlotte",
                "NC",
                "28202",
                "078-011-05",
                null,
                "Jordan Reed",
                "12 Elm Ct, Charlotte, NC 28205",
                "704-555-0101",
                null,
                "New single-family dwelling, 2,400 sq ft",
                new BigDecimal("385000.00"),
                2400,
                new BigDecimal("28"),
                OccupancyGroup.R_3,
                false,
                0,
                Dwelling.SINGLE_FAMILY_DETACHED,
                WorkType.NEW,
                null,
                false));
        PlanSubmissionView housePlans = projects.submitPlans(
                house.id(),
                new SubmitPlans(
                        "Residential construction set, 14 sheets",
                        "Dana Whitfield",
                        "400 S Tryon St, Charlotte, NC 28285",
                        architect.id(),
                        List.of(ReviewDiscipline.BUILDING)));
        projects.recordReview(
                housePlans.id(), new RecordReview(ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null));
        PermitView building = permits.apply(new ApplyForPermit(
                house.id(),
                Trade.BUILDING,
                builder.id(),
                null,
                false,
                null,
                "New single-family dwelling, 2,400 sq ft",
                new BigDecimal("385000.00"),
                true,
                "Marcus Reed",
                null,
                null));
        permits.issue(building.id());
        permits.apply(new ApplyForPermit(
                house.id(),
                Trade.ELECTRICAL,
                electric.id(),
                null,
                false,
                building.id(),
                "Wiring of the new dwelling, 200 A service",
                new BigDecimal("18500.00"),
                true,
                "Alicia Gomez",
                null,
                null));

        ProjectView office = projects.create(new CreateProject(
                "South End office upfit",
                "1501 South Blvd",
                "Charlotte",
                "NC",
                "28203",
                "121-045-07",
                null,
                "South Boulevard Partners LLC",
                "PO Box 31120, Charlotte, NC 28231",
                "704-555-0166",
                null,
                "First interior completion of a 12,000 sq ft office suite",
                new BigDecimal("450000.00"),
                12000,
                new BigDecimal("54"),
                OccupancyGroup.B,
                false,
                0,
                Dwelling.NONE,
                WorkType.UPFIT,
                "Shell permit B-2025-004410, approved drawings set 3",
                false));
        PlanSubmissionView officePlans = projects.submitPlans(
                office.id(),
                new SubmitPlans(
                        "Upfit construction documents, 38 sheets",
                        "Dana Whitfield",
                        "400 S Tryon St, Charlotte, NC 28285",
                        architect.id(),
                        List.of(ReviewDiscipline.BUILDING, ReviewDiscipline.ELECTRICAL, ReviewDiscipline.FIRE)));
        projects.recordReview(
                officePlans.id(), new RecordReview(ReviewDiscipline.ELECTRICAL, ReviewResult.APPROVED, null));
        projects.recordReview(
                officePlans.id(),
                new RecordReview(
                        ReviewDiscipline.BUILDING,
                        ReviewResult.NOT_APPROVED,
                        "Sheet A2.1: the second exit from suite 200 is missing; show the exit separation distance."));

        ProjectView deck = projects.create(new CreateProject(
                "Nguyen kitchen remodel",
                "2210 Sharon Ln",
                "Charlotte",
                "NC",
                "28211",
                "181-102-33",
                null,
                "Linh Nguyen",
                "2210 Sharon Ln, Charlotte, NC 28211",
                "704-555-0188",
                null,
                "Kitchen remodel by the owner-occupant",
                new BigDecimal("8500.00"),
                240,
                new BigDecimal("12"),
                OccupancyGroup.R_3,
                false,
                0,
                Dwelling.SINGLE_FAMILY_DETACHED,
                WorkType.ALTERATION,
                null,
                false));
        permits.apply(new ApplyForPermit(
                deck.id(),
                Trade.ELECTRICAL,
                null,
                "Linh Nguyen",
                true,
                null,
                "New kitchen circuits by the homeowner",
                new BigDecimal("8500.00"),
                true,
                "Linh Nguyen",
                null,
                null));
    }

    private ContractorView contractor(
            String name,
            String license,
            Trade trade,
            LicenseBoard board,
            String classification,
            LocalDate expires,
            String contact,
            String phone,
            String bond,
            LocalDate today) {
        ContractorView c = contractors.register(
                new RegisterContractor(name, license, trade, board, classification, expires, contact, phone, null));
        return contractors.fileBond(
                c.id(), new FileBond("Carolina Surety Co.", bond, new BigDecimal("10000.00"), today));
    }
}
