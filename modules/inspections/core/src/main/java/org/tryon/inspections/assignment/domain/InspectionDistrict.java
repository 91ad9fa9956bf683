package org.tryon.inspections.assignment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;

/**
 * An inspection district of the county, kept as data with the ZIP codes it covers (one district
 * per ZIP code). Inspectors cover districts; a permit's district is the district of the ZIP code
 * at the end of its address ({@link #zipOf(String)}).
 */
@Entity
@Table(name = "insp_district")
@Audited
public class InspectionDistrict {

    /** Five digits, optionally ZIP+4, at the end of the address ("700 N Tryon St, Charlotte, NC 28202"). */
    private static final Pattern ZIP_AT_END = Pattern.compile("(\\d{5})(?:-\\d{4})?\\s*$");

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "insp_district_zip", joinColumns = @JoinColumn(name = "district_code"))
    @Column(name = "zip", length = 5)
    private Set<String> zipCodes = new TreeSet<>();

    @Version
    private long version;

    protected InspectionDistrict() {}

    /** The five-digit ZIP code at the end of an address, if it ends with one. */
    public static Optional<String> zipOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = ZIP_AT_END.matcher(address);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<String> getZipCodes() {
        return Set.copyOf(zipCodes);
    }
}
