package org.tryon.licensing.checkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The check-in of a registration: the identity document (kind and last digits only), the name on it, the approved
 * name change it relied on if any, the arrival and the form given. One per registration, never changed.
 */
@Entity
@Table(name = "lic_check_in")
public class CheckInRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, unique = true)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", nullable = false, length = 20)
    private IdentityDocumentKind idKind;

    @Column(name = "id_last_digits", nullable = false, length = 4)
    private String idLastDigits;

    @Column(name = "name_on_document", nullable = false, length = 150)
    private String nameOnDocument;

    @Column(name = "name_change_id")
    private Long nameChangeId;

    /** The county's local time of arrival. */
    @Column(name = "arrived_at", nullable = false)
    private LocalDateTime arrivedAt;

    @Column(name = "minutes_late", nullable = false)
    private int minutesLate;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "checked_in_by", nullable = false, length = 100)
    private String checkedInBy;

    protected CheckInRecord() {}

    public CheckInRecord(
            long registrationId,
            IdentityDocumentKind idKind,
            String idLastDigits,
            String nameOnDocument,
            Long nameChangeId,
            LocalDateTime arrivedAt,
            int minutesLate,
            long formId,
            String checkedInBy) {
        this.registrationId = registrationId;
        this.idKind = idKind;
        this.idLastDigits = CheckInRules.lastDigits(idLastDigits);
        this.nameOnDocument = nameOnDocument.trim();
        this.nameChangeId = nameChangeId;
        this.arrivedAt = arrivedAt;
        this.minutesLate = minutesLate;
        this.formId = formId;
        this.checkedInBy = checkedInBy;
    }

    public Long getId() {
        return id;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public IdentityDocumentKind getIdKind() {
        return idKind;
    }

    public String getIdLastDigits() {
        return idLastDigits;
    }

    public String getNameOnDocument() {
        return nameOnDocument;
    }

    public Long getNameChangeId() {
        return nameChangeId;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public int getMinutesLate() {
        return minutesLate;
    }

    public long getFormId() {
        return formId;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }
}
