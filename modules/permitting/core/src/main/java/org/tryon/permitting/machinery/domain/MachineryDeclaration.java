package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.enforcement.domain.WrittenNotice;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The owner's industrial machinery declaration (108.10 G.1): the owner claims NC GS 143-138(b) for
 * the equipment listed, describes what the production process makes and how, and the summary is
 * signed by the owner or an officer of the business. It is kept in the project records for future
 * reference: never changed nor deleted. An amendment is a further declaration on the same permit,
 * numbered in sequence and signed again, that adds items or revises earlier ones (which are then
 * superseded, never removed).
 *
 * <p>Invariants: a declaration is on a permit that is still open (not expired, void, revoked,
 * cancelled, nor with its certificate issued); it is signed before it is received, and not in the
 * future.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_declaration")
public class MachineryDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    /** 1 for the declaration, 2 and up for its amendments. */
    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "owner_address", nullable = false, length = 400)
    private String ownerAddress;

    /** 106 "Producing a product": what the system of operations makes. */
    @Column(nullable = false, length = 1000)
    private String product;

    @Column(name = "process_description", length = 4000)
    private String processDescription;

    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signer_title", nullable = false, length = 120)
    private String signerTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_capacity", nullable = false, length = 20)
    private SignerCapacity signerCapacity;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MachineryDeclaration() {}

    /** The permit a declaration is made on, as far as these rules need it. */
    public record PermitRef(long id, String number, PermitStatus status) {}

    /** Who signed the summary (G.1): the owner or an officer of the business, with the title and the day. */
    public record Signature(String name, String title, SignerCapacity capacity, LocalDate on) {}

    /** G.1: a signed declaration (or amendment, {@code sequence} above 1) received by the department on {@code received}'s day. */
    public static MachineryDeclaration received(
            PermitRef permit,
            int sequence,
            String ownerName,
            String ownerAddress,
            String product,
            String processDescription,
            Signature signature,
            Act received) {
        if (permit.status().isFinal()) {
            throw new RuleViolationException(
                    "permitId",
                    "108.10 G.1 permit-open",
                    "Permit " + permit.number() + " is "
                            + permit.status().label().toLowerCase()
                            + "; an industrial machinery declaration is made on a permit whose work is still to be inspected");
        }
        if (signature.on().isAfter(received.on())) {
            throw new RuleViolationException(
                    "signedOn",
                    "108.10 G.1 signed",
                    "108.10 G.1: the declaration is received signed; it cannot be signed after today ("
                            + UsFormat.date(received.on()) + ")");
        }
        MachineryDeclaration d = new MachineryDeclaration();
        d.permitId = permit.id();
        d.permitNumber = permit.number();
        d.sequence = sequence;
        d.ownerName = ownerName.trim();
        d.ownerAddress = ownerAddress.trim();
        d.product = product.trim();
        d.processDescription = WrittenNotice.optional(processDescription);
        d.signerName = signature.name().trim();
        d.signerTitle = signature.title().trim();
        d.signerCapacity = signature.capacity();
        d.signedOn = signature.on();
        d.receivedOn = received.on();
        d.receivedBy = received.by();
        d.recordedAt = received.at();
        return d;
    }

    public boolean isAmendment() {
        return sequence > 1;
    }

    public Long getId() {
        return id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public int getSequence() {
        return sequence;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerAddress() {
        return ownerAddress;
    }

    public String getProduct() {
        return product;
    }

    public String getProcessDescription() {
        return processDescription;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public SignerCapacity getSignerCapacity() {
        return signerCapacity;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
