package org.tryon.permitting.parties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * 106 "Point of Contact": one individual, the principal or officer in charge of construction or
 * their designee, the person most familiar with day-to-day construction and with the impact of
 * inspection failure rates on it.
 */
@Embeddable
public class PointOfContact {

    @Column(name = "contact_name", length = 120)
    private String name;

    @Column(name = "contact_phone", length = 30)
    private String phone;

    @Column(name = "contact_email", length = 200)
    private String email;

    protected PointOfContact() {}

    public PointOfContact(String name, String phone, String email) {
        this.name = Objects.requireNonNull(name).trim();
        this.phone = Objects.requireNonNull(phone).trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
