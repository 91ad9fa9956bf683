package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
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
 * The intake wizard (108.8 D): the project (on record or new, with its owner), the applicant (a
 * licensed contractor, 108.8 G, or the owner as homeowner, 108.8 C), the work (trade, master
 * permit, description, value), and the statement of compliance. Nothing is kept until the last
 * step is submitted, and then all of it or nothing.
 */
@Named
@ViewScoped
public class IntakeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PermitIntake intake;

    @Inject
    transient Projects projects;

    @Inject
    transient Contractors contractors;

    @Inject
    transient Permits permits;

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

    public String onFlowProcess(FlowEvent event) {
        return event.getNewStep();
    }

    public void submit() throws IOException {
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

    public List<ContractorView> getContractors() {
        return contractors.list();
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
