package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.permitting.enforcement.application.RecordDelivery;
import org.tryon.permitting.machinery.application.DeclaredItem;
import org.tryon.permitting.machinery.application.FileAppeal;
import org.tryon.permitting.machinery.application.IssueExceptionNotice;
import org.tryon.permitting.machinery.application.MachineryAppeals;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.MachineryExceptionNotices;
import org.tryon.permitting.machinery.application.MachineryFieldReports;
import org.tryon.permitting.machinery.application.MachineryRecordView;
import org.tryon.permitting.machinery.application.MachineryRecords;
import org.tryon.permitting.machinery.application.MakeDetermination;
import org.tryon.permitting.machinery.application.RecordAppealOutcome;
import org.tryon.permitting.machinery.application.RecordDeclaration;
import org.tryon.permitting.machinery.application.RecordInspectionScope;
import org.tryon.permitting.machinery.application.RecordSiteVisit;
import org.tryon.permitting.machinery.application.ReferToTradeChief;
import org.tryon.permitting.machinery.application.ReportUnsafeInstallation;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.machinery.domain.AdvisedParty;
import org.tryon.permitting.machinery.domain.AppealDecision;
import org.tryon.permitting.machinery.domain.ChiefTitle;
import org.tryon.permitting.machinery.domain.ConnectionPoint;
import org.tryon.permitting.machinery.domain.DeterminationOutcome;
import org.tryon.permitting.machinery.domain.EscalationCause;
import org.tryon.permitting.machinery.domain.ExceptionGround;
import org.tryon.permitting.machinery.domain.ItemStatus;
import org.tryon.permitting.machinery.domain.SignerCapacity;
import org.tryon.permitting.permits.web.PermitBean;
import org.tryon.platform.web.FacesErrors;

/**
 * A permit's industrial machinery record on a screen (108.10 G): on the permit page's tab (the
 * permit of {@link PermitBean}), and on the inspectors' page {@code /permitting/machinery.xhtml}
 * (the permit of its {@code permit} parameter, or typed by number). Offers every action of the REST
 * API; each form's fields are cleared once the use case accepts them and kept, with the message
 * naming the field, when it refuses.
 */
@Named
@ViewScoped
public class MachineryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MachineryRecords records;

    @Inject
    transient MachineryDeterminations determinations;

    @Inject
    transient MachineryExceptionNotices notices;

    @Inject
    transient MachineryAppeals appeals;

    @Inject
    transient MachineryFieldReports field;

    @Inject
    PermitBean permitBean;

    private Long permitId;
    private String permitNumber;
    private MachineryRecordView record;
    private List<MachineryRecords.OpenWork> openWork;

    // G.1 declaration
    private String ownerName;
    private String ownerAddress;
    private String product;
    private String processDescription;
    private String signerName;
    private String signerTitle;
    private SignerCapacity signerCapacity;
    private LocalDate signedOn;
    private final List<DeclaredItem> draftItems = new ArrayList<>();
    private String itemDescription;
    private String itemSize;
    private Integer itemWeight;
    private String itemBuilding;
    private String itemSpace;
    private String itemStep;
    private Long replacesItemId;
    // G.3 C, G.3 D determination
    private Long determinationItemId;
    private DeterminationOutcome outcome;
    private ExceptionGround ground;
    private String groundDetails;
    // G.3 D referral and visit
    private EscalationCause cause;
    private List<Long> referredItemIds = new ArrayList<>();
    private String chiefContacted;
    private String referralDetails;
    private Long visitReferralId;
    private LocalDate visitedOn;
    private String visitInspector;
    private String visitChief;
    private ChiefTitle chiefTitle;
    private String visitNotes;
    // G.1 notice, 106 delivery
    private String addresseeName;
    private String addresseeAddress;
    private Long deliveryNoticeId;
    private DeliveryMethod deliveryMethod;
    private LocalDate deliveredOn;
    private String deliveredBy;
    private String deliveredTo;
    private String mailingAddress;
    private String articleNumber;
    // G.2 appeal and outcome
    private LocalDate appealFiledOn;
    private String appellant;
    private String appealGrounds;
    private List<Long> appealedItemIds = new ArrayList<>();
    private Long outcomeItemId;
    private AppealDecision decision;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decisionReasons;
    // G.3 F
    private Long unsafeItemId;
    private LocalDate observedOn;
    private String conditions;
    private AdvisedParty advisedParty;
    private String advisedName;
    private LocalDate advisedOn;
    private LocalDate oshaAdvisedOn;
    private String oshaContact;
    // G.3 F.4.1
    private Long scopeItemId;
    private boolean inPlaceAtFinal;
    private ConnectionPoint connectionPoint;
    private String connectionDetail;

    /** The permit shown: the page's parameter, else the permit page's permit. */
    public Long getTargetPermitId() {
        return permitId != null ? permitId : permitBean.getId();
    }

    public MachineryRecordView getRecord() {
        if (record == null && getTargetPermitId() != null) {
            try {
                record = records.record(getTargetPermitId());
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
        return record;
    }

    public List<MachineryRecords.OpenWork> getOpenWork() {
        if (openWork == null) {
            openWork = records.openWork();
        }
        return openWork;
    }

    /** The inspectors' page: open the record of the permit typed by number. */
    public void find() {
        try {
            permitId = records.permitIdOf(permitNumber);
            record = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void addDraftItem() {
        draftItems.add(new DeclaredItem(itemDescription, itemSize, itemWeight, itemBuilding, itemSpace, itemStep, replacesItemId));
        itemDescription = null;
        itemSize = null;
        itemWeight = null;
        itemSpace = null;
        itemStep = null;
        replacesItemId = null;
    }

    public void removeDraftItem(int index) {
        draftItems.remove(index);
    }

    public void declare() {
        act(() -> determinations.declare(getTargetPermitId(), new RecordDeclaration(ownerName, ownerAddress, product, processDescription,
                signerName, signerTitle, signerCapacity, signedOn, List.copyOf(draftItems))), "Declaration recorded", draftItems::clear);
    }

    public void determineInitially() {
        act(() -> determinations.determineInitially(required(determinationItemId), determination()), "Initial determination recorded (G.3 C)",
                this::clearDetermination);
    }

    public void determineFinally() {
        act(() -> determinations.determineFinally(required(determinationItemId), determination()), "Final determination recorded (G.3 D)",
                this::clearDetermination);
    }

    public void refer() {
        act(() -> determinations.refer(getTargetPermitId(), new ReferToTradeChief(cause, List.copyOf(referredItemIds), chiefContacted,
                referralDetails)), "Referred to the trade chief (G.3 D)", () -> {
                    referredItemIds = new ArrayList<>();
                    referralDetails = null;
                });
    }

    public void recordSiteVisit() {
        act(() -> determinations.recordSiteVisit(required(visitReferralId), new RecordSiteVisit(visitedOn, visitInspector, visitChief,
                chiefTitle, visitNotes)), "Site visit recorded (G.3 D)", () -> visitNotes = null);
    }

    public void issueNotice() {
        act(() -> notices.issue(getTargetPermitId(), new IssueExceptionNotice(addresseeName, addresseeAddress)), "Notice of exceptions issued",
                () -> { });
    }

    public void recordDelivery() {
        act(() -> notices.recordDelivery(required(deliveryNoticeId), new RecordDelivery(deliveryMethod, deliveredOn, deliveredBy, deliveredTo,
                mailingAddress, articleNumber)), "Delivery recorded (106)", () -> articleNumber = null);
    }

    public void fileAppeal() {
        act(() -> appeals.file(getTargetPermitId(), new FileAppeal(appealFiledOn, appellant, appealGrounds, List.copyOf(appealedItemIds))),
                "Appeal recorded (G.2)", () -> {
                    appealedItemIds = new ArrayList<>();
                    appealGrounds = null;
                });
    }

    public void decideAppeal() {
        act(() -> {
            MachineryRecordView.Item item = item(outcomeItemId);
            return appeals.decide(item == null || item.appealId() == null ? 0 : item.appealId(),
                    new RecordAppealOutcome(outcomeItemId, decision, decidedOn, decidedBy, decisionReasons));
        }, "Outcome of the appeal recorded (G.2)", () -> {
            outcomeItemId = null;
            decisionReasons = null;
        });
    }

    public void reportUnsafe() {
        act(() -> field.reportUnsafeInstallation(getTargetPermitId(), new ReportUnsafeInstallation(unsafeItemId, observedOn, conditions,
                advisedParty, advisedName, advisedOn, oshaAdvisedOn, oshaContact)), "Unsafe installation recorded (G.3 F)", () -> conditions = null);
    }

    public void recordInspectionScope() {
        act(() -> field.recordInspectionScope(required(scopeItemId), new RecordInspectionScope(inPlaceAtFinal, connectionPoint,
                connectionDetail)), "Inspection at final recorded (G.3 F.4.1)", () -> scopeItemId = null);
    }

    /** The items a form offers: those in one of {@code statuses} (names of {@link ItemStatus}, comma-separated). */
    public List<MachineryRecordView.Item> items(String statuses) {
        MachineryRecordView r = getRecord();
        List<String> wanted = List.of(statuses.split("\\s*,\\s*"));
        return r == null ? List.of() : r.items().stream().filter(i -> wanted.contains(i.status().name())).toList();
    }

    private MakeDetermination determination() {
        return new MakeDetermination(outcome, outcome == DeterminationOutcome.ACCEPTED ? null : ground, groundDetails);
    }

    private void clearDetermination() {
        determinationItemId = null;
        outcome = null;
        ground = null;
        groundDetails = null;
    }

    private MachineryRecordView.Item item(Long itemId) {
        return getRecord() == null || itemId == null ? null
                : record.items().stream().filter(i -> i.id() == itemId).findFirst().orElse(null);
    }

    /** 0 for "none chosen": the use case answers that no such record exists, naming it. */
    private static long required(Long id) {
        return id == null ? 0 : id;
    }

    private void act(Supplier<MachineryRecordView> action, String done, Runnable clear) {
        try {
            record = action.get();
            FacesErrors.info(done);
            clear.run();
            openWork = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public SignerCapacity[] getSignerCapacities() { return SignerCapacity.values(); }
    public DeterminationOutcome[] getOutcomes() { return DeterminationOutcome.values(); }
    public ExceptionGround[] getGrounds() { return ExceptionGround.values(); }
    public EscalationCause[] getCauses() { return EscalationCause.values(); }
    public ChiefTitle[] getChiefTitles() { return ChiefTitle.values(); }
    public DeliveryMethod[] getDeliveryMethods() { return new DeliveryMethod[] {DeliveryMethod.IN_PERSON, DeliveryMethod.REGISTERED_MAIL}; }
    public AppealDecision[] getDecisions() { return AppealDecision.values(); }
    public AdvisedParty[] getAdvisedParties() { return AdvisedParty.values(); }
    public ConnectionPoint[] getConnectionPoints() { return ConnectionPoint.values(); }
    public List<DeclaredItem> getDraftItems() { return draftItems; }

    public Long getPermitId() { return permitId; }
    public void setPermitId(Long v) { permitId = v; }
    public String getPermitNumber() { return permitNumber; }
    public void setPermitNumber(String v) { permitNumber = v; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String v) { ownerName = v; }
    public String getOwnerAddress() { return ownerAddress; }
    public void setOwnerAddress(String v) { ownerAddress = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public String getProcessDescription() { return processDescription; }
    public void setProcessDescription(String v) { processDescription = v; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { signerName = v; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String v) { signerTitle = v; }
    public SignerCapacity getSignerCapacity() { return signerCapacity; }
    public void setSignerCapacity(SignerCapacity v) { signerCapacity = v; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate v) { signedOn = v; }
    public String getItemDescription() { return itemDescription; }
    public void setItemDescription(String v) { itemDescription = v; }
    public String getItemSize() { return itemSize; }
    public void setItemSize(String v) { itemSize = v; }
    public Integer getItemWeight() { return itemWeight; }
    public void setItemWeight(Integer v) { itemWeight = v; }
    public String getItemBuilding() { return itemBuilding; }
    public void setItemBuilding(String v) { itemBuilding = v; }
    public String getItemSpace() { return itemSpace; }
    public void setItemSpace(String v) { itemSpace = v; }
    public String getItemStep() { return itemStep; }
    public void setItemStep(String v) { itemStep = v; }
    public Long getReplacesItemId() { return replacesItemId; }
    public void setReplacesItemId(Long v) { replacesItemId = v; }
    public Long getDeterminationItemId() { return determinationItemId; }
    public void setDeterminationItemId(Long v) { determinationItemId = v; }
    public DeterminationOutcome getOutcome() { return outcome; }
    public void setOutcome(DeterminationOutcome v) { outcome = v; }
    public ExceptionGround getGround() { return ground; }
    public void setGround(ExceptionGround v) { ground = v; }
    public String getGroundDetails() { return groundDetails; }
    public void setGroundDetails(String v) { groundDetails = v; }
    public EscalationCause getCause() { return cause; }
    public void setCause(EscalationCause v) { cause = v; }
    public List<Long> getReferredItemIds() { return referredItemIds; }
    public void setReferredItemIds(List<Long> v) { referredItemIds = v; }
    public String getChiefContacted() { return chiefContacted; }
    public void setChiefContacted(String v) { chiefContacted = v; }
    public String getReferralDetails() { return referralDetails; }
    public void setReferralDetails(String v) { referralDetails = v; }
    public Long getVisitReferralId() { return visitReferralId; }
    public void setVisitReferralId(Long v) { visitReferralId = v; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate v) { visitedOn = v; }
    public String getVisitInspector() { return visitInspector; }
    public void setVisitInspector(String v) { visitInspector = v; }
    public String getVisitChief() { return visitChief; }
    public void setVisitChief(String v) { visitChief = v; }
    public ChiefTitle getChiefTitle() { return chiefTitle; }
    public void setChiefTitle(ChiefTitle v) { chiefTitle = v; }
    public String getVisitNotes() { return visitNotes; }
    public void setVisitNotes(String v) { visitNotes = v; }
    public String getAddresseeName() { return addresseeName; }
    public void setAddresseeName(String v) { addresseeName = v; }
    public String getAddresseeAddress() { return addresseeAddress; }
    public void setAddresseeAddress(String v) { addresseeAddress = v; }
    public Long getDeliveryNoticeId() { return deliveryNoticeId; }
    public void setDeliveryNoticeId(Long v) { deliveryNoticeId = v; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(DeliveryMethod v) { deliveryMethod = v; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate v) { deliveredOn = v; }
    public String getDeliveredBy() { return deliveredBy; }
    public void setDeliveredBy(String v) { deliveredBy = v; }
    public String getDeliveredTo() { return deliveredTo; }
    public void setDeliveredTo(String v) { deliveredTo = v; }
    public String getMailingAddress() { return mailingAddress; }
    public void setMailingAddress(String v) { mailingAddress = v; }
    public String getArticleNumber() { return articleNumber; }
    public void setArticleNumber(String v) { articleNumber = v; }
    public LocalDate getAppealFiledOn() { return appealFiledOn; }
    public void setAppealFiledOn(LocalDate v) { appealFiledOn = v; }
    public String getAppellant() { return appellant; }
    public void setAppellant(String v) { appellant = v; }
    public String getAppealGrounds() { return appealGrounds; }
    public void setAppealGrounds(String v) { appealGrounds = v; }
    public List<Long> getAppealedItemIds() { return appealedItemIds; }
    public void setAppealedItemIds(List<Long> v) { appealedItemIds = v; }
    public Long getOutcomeItemId() { return outcomeItemId; }
    public void setOutcomeItemId(Long v) { outcomeItemId = v; }
    public AppealDecision getDecision() { return decision; }
    public void setDecision(AppealDecision v) { decision = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String v) { decidedBy = v; }
    public String getDecisionReasons() { return decisionReasons; }
    public void setDecisionReasons(String v) { decisionReasons = v; }
    public Long getUnsafeItemId() { return unsafeItemId; }
    public void setUnsafeItemId(Long v) { unsafeItemId = v; }
    public LocalDate getObservedOn() { return observedOn; }
    public void setObservedOn(LocalDate v) { observedOn = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String v) { conditions = v; }
    public AdvisedParty getAdvisedParty() { return advisedParty; }
    public void setAdvisedParty(AdvisedParty v) { advisedParty = v; }
    public String getAdvisedName() { return advisedName; }
    public void setAdvisedName(String v) { advisedName = v; }
    public LocalDate getAdvisedOn() { return advisedOn; }
    public void setAdvisedOn(LocalDate v) { advisedOn = v; }
    public LocalDate getOshaAdvisedOn() { return oshaAdvisedOn; }
    public void setOshaAdvisedOn(LocalDate v) { oshaAdvisedOn = v; }
    public String getOshaContact() { return oshaContact; }
    public void setOshaContact(String v) { oshaContact = v; }
    public Long getScopeItemId() { return scopeItemId; }
    public void setScopeItemId(Long v) { scopeItemId = v; }
    public boolean isInPlaceAtFinal() { return inPlaceAtFinal; }
    public void setInPlaceAtFinal(boolean v) { inPlaceAtFinal = v; }
    public ConnectionPoint getConnectionPoint() { return connectionPoint; }
    public void setConnectionPoint(ConnectionPoint v) { connectionPoint = v; }
    public String getConnectionDetail() { return connectionDetail; }
    public void setConnectionDetail(String v) { connectionDetail = v; }
}
