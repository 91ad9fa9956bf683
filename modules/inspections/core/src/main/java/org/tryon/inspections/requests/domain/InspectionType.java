package org.tryon.inspections.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.tryon.platform.kernel.Trade;

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

    /** Null for an inspection the holder requests (108.10 C); else why the department makes it of its own accord. */
    @Enumerated(EnumType.STRING)
    @Column(name = "departmental_basis", length = 20)
    private DepartmentalBasis departmentalBasis;

    /** The inspections the department makes of its own accord, without a request. */
    public enum DepartmentalBasis {
        /** 108.10.2: work in progress, inspected as the department deems necessary. */
        WORK_IN_PROGRESS("108.10.2"),
        /** 108.10.3: periodic inspections for hazardous or unlawful conditions. */
        PERIODIC("108.10.3");

        private final String section;

        DepartmentalBasis(String section) {
            this.section = section;
        }

        public String section() {
            return section;
        }
    }

    @Version
    private long version;

    protected InspectionType() {}

    public String getCode() {
        return code;
    }

    public Trade getTrade() {
        return trade;
    }

    public String getName() {
        return name;
    }

    /** The name people read: the trade, then the inspection ("Building — footing", "Electrical — rough-in"). */
    public String getDisplayName() {
        return displayName(trade, name);
    }

    /**
     * "Building — footing" from the trade and the type's name; a name that repeats the trade ("Building final") drops
     * it ("Building — final").
     */
    public static String displayName(Trade trade, String name) {
        if (trade == null || name == null || name.isBlank()) {
            return name;
        }
        String prefix = trade.label() + " ";
        String rest = name.regionMatches(true, 0, prefix, 0, prefix.length())
                ? name.substring(prefix.length()).trim()
                : name.trim();
        return trade.label() + " — " + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isFinalInspection() {
        return finalInspection;
    }

    public DepartmentalBasis getDepartmentalBasis() {
        return departmentalBasis;
    }

    /** 108.10.2, 108.10.3: the department makes this inspection of its own accord; nobody requests it. */
    public boolean isDepartmental() {
        return departmentalBasis != null;
    }
}
