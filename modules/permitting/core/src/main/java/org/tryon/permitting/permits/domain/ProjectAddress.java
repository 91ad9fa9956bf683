package org.tryon.permitting.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where the work is: the project's street address (BLDS OriginalAddress1, City, State, Zip). */
@Embeddable
public class ProjectAddress {

    @Column(name = "address_street", nullable = false, length = 200)
    private String street;

    @Column(name = "address_city", nullable = false, length = 80)
    private String city;

    @Column(name = "address_state", nullable = false, length = 2)
    private String state;

    @Column(name = "address_zip", nullable = false, length = 10)
    private String zip;

    protected ProjectAddress() {}

    public ProjectAddress(String street, String city, String state, String zip) {
        this.street = Objects.requireNonNull(street).trim();
        this.city = Objects.requireNonNull(city).trim();
        this.state = Objects.requireNonNull(state).trim().toUpperCase();
        this.zip = Objects.requireNonNull(zip).trim();
    }

    public ProjectAddress copy() {
        return new ProjectAddress(street, city, state, zip);
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getZip() {
        return zip;
    }

    @Override
    public String toString() {
        return street + ", " + city + ", " + state + " " + zip;
    }
}
