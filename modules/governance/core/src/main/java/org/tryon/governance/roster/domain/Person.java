package org.tryon.governance.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A person who serves, served or applied to serve on a body: a member is a person with contact
 * data, not a name on a seat. BDC members are residents of the county (107.1.1 A); the person
 * says whether they are.
 */
@Entity
@Table(name = "gov_person")
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 300)
    private String address;

    @Column(name = "county_resident", nullable = false)
    private boolean countyResident;

    @Version
    private long version;

    protected Person() {}

    public Person(String fullName, String email, String phone, String address, boolean countyResident) {
        change(fullName, email, phone, address, countyResident);
    }

    public final void change(String fullName, String email, String phone, String address, boolean countyResident) {
        this.fullName = fullName.trim();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.address = blankToNull(address);
        this.countyResident = countyResident;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isCountyResident() {
        return countyResident;
    }

    public long getVersion() {
        return version;
    }
}
