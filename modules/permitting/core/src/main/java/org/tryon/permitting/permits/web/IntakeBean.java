package org.tryon.permitting.permits.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FlowEvent;
import org.tryon.permitting.parties.application.ContractorView;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.permits.application.ApplyForPermit;
import org.tryon.permitting.permits.application.CreateProject;
import org.tryon.permitting.permits.application.PermitIntake;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;

/**
 * The intake wizard (108.8 D) in three steps: the project (on record or new, with its owner); the applicant (a licensed
 * contractor, 108.8 G, or the owner as homeowner, 108.8 C) and the work (trade, master permit, description, value); a
 * review of everything entered, with the statement of compliance (108.8 D), before Submit. Nothing is kept until the
 * review is submitted, and then all of it or nothing.
 *
 * <p>Each field is checked as it is left ({@link #leave}) and each step before the next ({@link #onFlowProcess}): the
 * message stands beside the field in plain words, the rule's section in a quieter line (ADR 0053). The checks are the
 * commands' own constraints ({@link CreateProject}, {@link ApplyForPermit}) and the rules the services apply at Submit
 * (106 Owner, 106 Written Notice, 108.8 C, 108.8 D, 108.8 G), so the review step is refused only for what no field
 * shows (a contractor's license, a master permit of another project).
 */
@Named
@ViewScoped
public class IntakeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitIntake intake;

    @Inject
    Projects projects;

    @Inject
    Contractors contractors;

    @Inject
    Permits permits;

    /** Not kept in the session (not serialisable): looked up again after a move to another instance (ADR 0056). */
    @Inject
    transient Validator validator;

    private Long projectId;
    private String name;
    private String street;
    private String city = "Charlotte";
    private String state = "NC";
    private String zip;
    private String pin;
    private String ownerName;
    private String ownerMailingAddress;
    private String ownerPhone;
    private String projectDescription;
    private BigDecimal projectValue;
    private Integer grossSquareFeet;
    private BigDecimal heightFeet;
    private OccupancyGroup occupancyGroup;
    private boolean mixedUse;
    private int smokeCompartments;
    private Dwelling dwelling = Dwelling.NONE;
    private WorkType workType = WorkType.NEW;
    private String shellDrawings;
    private boolean federalReview;

    private String applicant = "CONTRACTOR";
    private Long contractorId;
    private String homeownerName;
    private boolean homeownerPrimaryResidence;
    /** 108.8 C: the owner's homeowner electrical certificate, for an owner's electrical permit. */
    private String homeownerCertificateNumber;

    private Trade trade;
    private Long masterPermitId;
    private String description;
    private BigDecimal constructionValue;
    private boolean complianceStatement;
    private String statementBy;
    /** 108.8.1: the ended permit this application replaces, if any (from the ended permit's page, {@code ?replaces=}). */
    private Long replacesPermitId;

    private transient List<ProjectView> projectChoices;
    private transient List<ContractorView> contractorChoices;

    /** The wizard's steps in order. */
    static final List<String> STEPS = List.of("project", "work", "review");

    /**
     * A field of the wizard: the step it is on, its label as on the screen, and the section its rule comes from (the
     * quieter line of its message).
     */
    record Field(String step, String label, String section) {}

    static final Map<String, Field> FIELDS = fields();

    private static Map<String, Field> fields() {
        Map<String, Field> f = new LinkedHashMap<>();
        String form = "108.8 D: the application form";
        f.put("name", new Field("project", "Project name", form));
        f.put("street", new Field("project", "Street address", form));
        f.put("city", new Field("project", "City", form));
        f.put("state", new Field("project", "State", form));
        f.put("zip", new Field("project", "ZIP", form));
        f.put("pin", new Field("project", "Parcel number (PIN)", form + " (Parcel #)"));
        f.put("ownerName", new Field("project", "Owner", "106 Owner"));
        f.put("ownerAddress", new Field("project", "Owner's mailing address", "106 Written Notice"));
        f.put("ownerPhone", new Field("project", "Owner's phone", form));
        f.put("projectDescription", new Field("project", "Project description", form));
        f.put("projectValue", new Field("project", "Construction value of the project", "106 Large Project"));
        f.put("area", new Field("project", "Gross square feet", "106 Mega Project"));
        f.put("height", new Field("project", "Height", "106 Mega Project"));
        f.put("occupancy", new Field("project", "Occupancy group", "106 Residential Project"));
        f.put("shell", new Field("project", "Approved shell drawings", form));
        f.put("compartments", new Field("project", "Smoke compartments", form));
        f.put("contractor", new Field("work", "Contractor", "108.8 G: work by a licensed contractor"));
        f.put("homeowner", new Field("work", "Homeowner's name", "108.8 C: the owner as their own contractor"));
        f.put("residence", new Field("work", "Primary residence", "106 Homeowner"));
        f.put("homeownerCertificate", new Field("work", "Homeowner electrical certificate number", "108.8 C"));
        f.put("trade", new Field("work", "Trade", form));
        f.put("description", new Field("work", "Description of work", form));
        f.put("value", new Field("work", "Construction value of this work", "the permit fee schedule"));
        f.put("compliance", new Field("review", "Statement of compliance", "108.8 D"));
        f.put("statementBy", new Field("review", "Statement made by", "108.8 D"));
        return Map.copyOf(f);
    }

    /**
     * A field was left (ajax {@code blur} or {@code change}, the field alone processed): its value is in the bean; its
     * message, if any, is shown beside it.
     */
    public void leave(AjaxBehaviorEvent event) {
        UIComponent field = event.getComponent();
        check(field.getId(), field.getClientId());
    }

    /**
     * Next checks the step being left and stays on it, with every message of the step beside its field, while one
     * fails; Back and the review's Edit links go back without checking (what was typed stays: the wizard updates the
     * model on Back).
     */
    public String onFlowProcess(FlowEvent event) {
        int from = STEPS.indexOf(event.getOldStep());
        int to = STEPS.indexOf(event.getNewStep());
        if (to > from && !checkStep(event.getOldStep())) {
            return event.getOldStep();
        }
        return event.getNewStep();
    }

    /** Checks every field of a step; true when none fails. */
    boolean checkStep(String step) {
        boolean ok = true;
        for (Map.Entry<String, Field> e : FIELDS.entrySet()) {
            if (e.getValue().step().equals(step)) {
                ok &= check(e.getKey(), "intake:" + e.getKey());
            }
        }
        return ok;
    }

    /** Checks one field; when it fails, adds its message for the field's client id; true when it passes. */
    private boolean check(String id, String clientId) {
        Field field = FIELDS.get(id);
        String problem = field == null ? null : problem(id);
        if (problem == null) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, field.label() + ": " + problem, field.section()));
        faces.validationFailed();
        return false;
    }

    /** What is wrong with a field's value, in plain words, or null. */
    String problem(String id) {
        boolean newProject = projectId == null;
        boolean homeowner = "HOMEOWNER".equals(applicant);
        return switch (id) {
            case "name" -> newProject ? constraint(CreateProject.class, "name", name) : null;
            case "street" -> newProject ? constraint(CreateProject.class, "street", street) : null;
            case "city" -> newProject ? constraint(CreateProject.class, "city", city) : null;
            case "state" -> newProject ? constraint(CreateProject.class, "state", state) : null;
            case "zip" -> newProject ? constraint(CreateProject.class, "zip", zip) : null;
            case "pin" -> newProject ? constraint(CreateProject.class, "pin", pin) : null;
            case "ownerName" ->
                newProject && blank(ownerName)
                        ? "enter the owner's name"
                        : constraint(CreateProject.class, "ownerName", ownerName);
            case "ownerAddress" ->
                newProject && blank(ownerMailingAddress)
                        ? "enter the owner's mailing address: written notices go there"
                        : constraint(CreateProject.class, "ownerMailingAddress", ownerMailingAddress);
            case "ownerPhone" -> constraint(CreateProject.class, "ownerPhone", ownerPhone);
            case "projectDescription" ->
                newProject ? constraint(CreateProject.class, "description", projectDescription) : null;
            case "projectValue" ->
                newProject ? constraint(CreateProject.class, "constructionValue", projectValue) : null;
            case "area" -> newProject ? constraint(CreateProject.class, "grossSquareFeet", grossSquareFeet) : null;
            case "height" -> newProject ? constraint(CreateProject.class, "heightFeet", heightFeet) : null;
            case "occupancy" ->
                newProject && occupancyGroup == null ? "choose the occupancy group of the building" : null;
            case "shell" -> constraint(CreateProject.class, "shellDrawings", shellDrawings);
            case "compartments" -> constraint(CreateProject.class, "smokeCompartments", smokeCompartments);
            case "contractor" -> !homeowner && contractorId == null ? "choose the licensed contractor" : null;
            case "homeowner" ->
                homeowner && blank(homeownerName)
                        ? "enter the owner's name, who applies as their own contractor"
                        : constraint(ApplyForPermit.class, "homeownerName", homeownerName);
            case "residence" ->
                homeowner && !blank(homeownerName) && !homeownerPrimaryResidence
                        ? "the owner must declare the dwelling their primary residence"
                        : null;
            case "homeownerCertificate" ->
                constraint(ApplyForPermit.class, "homeownerCertificateNumber", homeownerCertificateNumber);
            case "trade" -> trade == null ? "choose the trade of the work" : null;
            case "description" -> constraint(ApplyForPermit.class, "description", description);
            case "value" -> constraint(ApplyForPermit.class, "constructionValue", constructionValue);
            case "compliance" ->
                complianceStatement
                        ? null
                        : "tick it: the work will comply with the Code and all other applicable laws";
            case "statementBy" ->
                complianceStatement && blank(statementBy)
                        ? "enter who makes the statement"
                        : constraint(ApplyForPermit.class, "statementBy", statementBy);
            default -> null;
        };
    }

    private static final java.util.Set<String> REQUIRED = java.util.Set.of("NotBlank", "NotNull", "NotEmpty");

    /** The first broken constraint of a command's property for this value, in plain words, or null. */
    private String constraint(Class<?> command, String property, Object value) {
        if (validator == null) {
            validator = jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(Validator.class)
                    .get();
        }
        // "enter a value" first: an empty field breaks its pattern too
        return validator.validateValue(command, property, value).stream()
                .sorted(java.util.Comparator.comparing(v -> REQUIRED.contains(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName())
                        ? 0
                        : 1))
                .map(FacesErrors::plain)
                .findFirst()
                .orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public void submit() throws IOException {
        for (String step : STEPS) {
            if (!checkStep(step)) {
                // the first step with a field to correct is shown, its messages beside its fields
                if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":intake:wizard")
                        instanceof org.primefaces.component.wizard.Wizard wizard) {
                    wizard.setStep(step);
                }
                return;
            }
        }
        try {
            CreateProject newProject = projectId != null
                    ? null
                    : new CreateProject(
                            name,
                            street,
                            city,
                            state,
                            zip,
                            pin,
                            null,
                            ownerName,
                            ownerMailingAddress,
                            ownerPhone,
                            null,
                            projectDescription,
                            projectValue,
                            grossSquareFeet,
                            heightFeet,
                            occupancyGroup,
                            mixedUse,
                            smokeCompartments,
                            dwelling,
                            workType,
                            shellDrawings,
                            federalReview);
            boolean homeowner = "HOMEOWNER".equals(applicant);
            PermitView p = intake.submit(
                    projectId,
                    newProject,
                    new ApplyForPermit(
                            projectId,
                            trade,
                            homeowner ? null : contractorId,
                            homeowner ? homeownerName : null,
                            homeowner && homeownerPrimaryResidence,
                            masterPermitId,
                            description,
                            constructionValue,
                            complianceStatement,
                            statementBy,
                            replacesPermitId,
                            homeowner ? homeownerCertificateNumber : null));
            PermitsBean.showPermit(p, "Application " + p.number() + " received");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /**
     * 108.8.1: an application in place of an ended permit starts from it: the same project and trade,
     * and its holder, master permit, work and value as proposals the applicant may change.
     */
    public void prefillReplacement() {
        if (replacesPermitId == null || projectId != null) {
            return;
        }
        try {
            PermitView ended = permits.get(replacesPermitId);
            projectId = ended.projectId();
            trade = ended.trade();
            contractorId = ended.contractorId();
            if (ended.contractorId() == null) {
                applicant = "HOMEOWNER";
                homeownerName = ended.homeownerDeclaredBy();
            }
            masterPermitId = ended.masterPermitId();
            description = ended.description();
            constructionValue = ended.constructionValue();
        } catch (RuntimeException e) {
            replacesPermitId = null;
            FacesErrors.show(e);
        }
    }

    /** 108.8.1: the chosen project's permits that ended (revoked, expired, void) and that no permit replaces yet. */
    public List<PermitView> getReplaceablePermits() {
        if (projectId == null) {
            return List.of();
        }
        return permits.forProject(projectId).stream()
                .filter(PermitView::replaceable)
                .toList();
    }

    public List<ProjectView> getProjects() {
        if (projectChoices == null) {
            projectChoices = projects.search(null, 200);
            if (projectId != null && projectChoices.stream().noneMatch(j -> projectId.equals(j.id()))) {
                // the project of a replacement (108.8.1) is offered even when it is not among the first choices
                projectChoices = new java.util.ArrayList<>(projectChoices);
                projectChoices.add(0, projects.get(projectId));
            }
        }
        return projectChoices;
    }

    /** The building permits of the chosen project, under which MEP permits may be issued (108.10 F.4). */
    public List<PermitView> getMasterPermits() {
        if (projectId == null) {
            return List.of();
        }
        return permits.forProject(projectId).stream()
                .filter(p -> p.trade() == Trade.BUILDING)
                .toList();
    }

    /** The review step: the project on record chosen, or null for a new project. */
    public ProjectView getChosenProject() {
        if (projectId == null) {
            return null;
        }
        return getProjects().stream()
                .filter(j -> projectId.equals(j.id()))
                .findFirst()
                .orElseGet(() -> projects.get(projectId));
    }

    /** The review step: who applies, in words. */
    public String getApplicantSummary() {
        if ("HOMEOWNER".equals(applicant)) {
            return "Homeowner " + (homeownerName == null ? "" : homeownerName)
                    + (homeownerPrimaryResidence ? ", primary residence declared" : "")
                    + (blank(homeownerCertificateNumber) ? "" : ", certificate " + homeownerCertificateNumber);
        }
        return getContractors().stream()
                .filter(c -> contractorId != null && c.id() == contractorId)
                .map(c -> "Licensed contractor " + c.name() + " (" + c.licenseSummary() + ")")
                .findFirst()
                .orElse("No contractor chosen");
    }

    /** The review step: the master permit's number, or null. */
    public String getMasterPermitNumber() {
        return numberOf(masterPermitId);
    }

    /** The review step: the number of the ended permit replaced, or null. */
    public String getReplacesPermitNumber() {
        return numberOf(replacesPermitId);
    }

    private String numberOf(Long permitId) {
        if (permitId == null || projectId == null) {
            return null;
        }
        return permits.forProject(projectId).stream()
                .filter(p -> permitId.equals(p.id()))
                .map(PermitView::number)
                .findFirst()
                .orElse(null);
    }

    public List<ContractorView> getContractors() {
        if (contractorChoices == null) {
            contractorChoices = contractors.list();
        }
        return contractorChoices;
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public OccupancyGroup[] getOccupancyGroups() {
        return OccupancyGroup.values();
    }

    public Dwelling[] getDwellings() {
        return Dwelling.values();
    }

    public WorkType[] getWorkTypes() {
        return WorkType.values();
    }

    public Long getReplacesPermitId() {
        return replacesPermitId;
    }

    public void setReplacesPermitId(Long replacesPermitId) {
        this.replacesPermitId = replacesPermitId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerMailingAddress() {
        return ownerMailingAddress;
    }

    public void setOwnerMailingAddress(String ownerMailingAddress) {
        this.ownerMailingAddress = ownerMailingAddress;
    }

    public String getOwnerPhone() {
        return ownerPhone;
    }

    public void setOwnerPhone(String ownerPhone) {
        this.ownerPhone = ownerPhone;
    }

    public String getProjectDescription() {
        return projectDescription;
    }

    public void setProjectDescription(String projectDescription) {
        this.projectDescription = projectDescription;
    }

    public BigDecimal getProjectValue() {
        return projectValue;
    }

    public void setProjectValue(BigDecimal projectValue) {
        this.projectValue = projectValue;
    }

    public Integer getGrossSquareFeet() {
        return grossSquareFeet;
    }

    public void setGrossSquareFeet(Integer grossSquareFeet) {
        this.grossSquareFeet = grossSquareFeet;
    }

    public BigDecimal getHeightFeet() {
        return heightFeet;
    }

    public void setHeightFeet(BigDecimal heightFeet) {
        this.heightFeet = heightFeet;
    }

    public OccupancyGroup getOccupancyGroup() {
        return occupancyGroup;
    }

    public void setOccupancyGroup(OccupancyGroup occupancyGroup) {
        this.occupancyGroup = occupancyGroup;
    }

    public boolean isMixedUse() {
        return mixedUse;
    }

    public void setMixedUse(boolean mixedUse) {
        this.mixedUse = mixedUse;
    }

    public int getSmokeCompartments() {
        return smokeCompartments;
    }

    public void setSmokeCompartments(int smokeCompartments) {
        this.smokeCompartments = smokeCompartments;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public void setDwelling(Dwelling dwelling) {
        this.dwelling = dwelling;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public String getShellDrawings() {
        return shellDrawings;
    }

    public void setShellDrawings(String shellDrawings) {
        this.shellDrawings = shellDrawings;
    }

    public boolean isFederalReview() {
        return federalReview;
    }

    public void setFederalReview(boolean federalReview) {
        this.federalReview = federalReview;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void setContractorId(Long contractorId) {
        this.contractorId = contractorId;
    }

    public String getHomeownerCertificateNumber() {
        return homeownerCertificateNumber;
    }

    public void setHomeownerCertificateNumber(String v) {
        this.homeownerCertificateNumber = v;
    }

    public String getHomeownerName() {
        return homeownerName;
    }

    public void setHomeownerName(String homeownerName) {
        this.homeownerName = homeownerName;
    }

    public boolean isHomeownerPrimaryResidence() {
        return homeownerPrimaryResidence;
    }

    public void setHomeownerPrimaryResidence(boolean homeownerPrimaryResidence) {
        this.homeownerPrimaryResidence = homeownerPrimaryResidence;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public Long getMasterPermitId() {
        return masterPermitId;
    }

    public void setMasterPermitId(Long masterPermitId) {
        this.masterPermitId = masterPermitId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getConstructionValue() {
        return constructionValue;
    }

    public void setConstructionValue(BigDecimal constructionValue) {
        this.constructionValue = constructionValue;
    }

    public boolean isComplianceStatement() {
        return complianceStatement;
    }

    public void setComplianceStatement(boolean complianceStatement) {
        this.complianceStatement = complianceStatement;
    }

    public String getStatementBy() {
        return statementBy;
    }

    public void setStatementBy(String statementBy) {
        this.statementBy = statementBy;
    }
}
