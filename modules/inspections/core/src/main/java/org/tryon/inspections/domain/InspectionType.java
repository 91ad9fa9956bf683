package org.tryon.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.Trade;

/** A kind of inspection of a trade's work (footing, framing, rough-in, final ...), kept as data. */
@Entity
@Table(name = "insp_inspection_type")
@Audited
public class InspectionType {

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_final", nullable = false)
    private boolean finalInspection;

    @Version
    private long version;

    protected InspectionType() {
    }

    public String getCode() { return code; }
    public Trade getTrade() { return trade; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
    public boolean isFinalInspection() { return finalInspection; }
}
