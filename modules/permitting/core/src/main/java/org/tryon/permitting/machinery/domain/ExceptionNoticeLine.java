package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/**
 * 108.10 G.1: one exception a notice states: the item (its number and description as declared), the
 * ground and the step of the procedure at which the exception was taken (G.3 C, G.3 D, G.2). Copied
 * when the notice is issued and never changed.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_notice_line")
public class ExceptionNoticeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "item_number", nullable = false)
    private int itemNumber;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_ground", nullable = false, length = 40)
    private ExceptionGround ground;

    @Column(name = "exception_details", length = 2000)
    private String groundDetails;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeterminationStage stage;

    protected ExceptionNoticeLine() {}

    ExceptionNoticeLine(Long noticeId, MachineryItem item) {
        this.noticeId = noticeId;
        this.itemId = item.getId();
        this.itemNumber = item.getNumber();
        this.description = item.getDescription();
        this.ground = item.getGround();
        this.groundDetails = item.getGroundDetails();
        this.stage = item.getStage();
    }

    /** The ground as the notice words it. */
    public String reason() {
        return ground.worded(groundDetails);
    }

    public Long getId() {
        return id;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getItemNumber() {
        return itemNumber;
    }

    public String getDescription() {
        return description;
    }

    public ExceptionGround getGround() {
        return ground;
    }

    public String getGroundDetails() {
        return groundDetails;
    }

    public DeterminationStage getStage() {
        return stage;
    }
}
