package org.tryon.permitting.parties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * 106 "Owner": any person, agent, firm or corporation having a legal or equitable interest in the
 * property. An owner acting as their own contractor (108.8 C) holds the permit and its account.
 */
@Entity
@Table(name = "perm_owner")
@Audited
public class Owner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "mailing_address", nullable = false, length = 300)
    private String mailingAddress;

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Owner() {}

    public Owner(String name, String mailingAddress, String phone, String email, Instant registeredAt) {
        this.name = name.trim();
        this.mailingAddress = mailingAddress.trim();
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.registeredAt = registeredAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
