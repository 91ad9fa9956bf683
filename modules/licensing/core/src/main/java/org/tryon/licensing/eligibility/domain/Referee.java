package org.tryon.licensing.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reference named on an application (name, contact, relation), checked by staff. */
@Entity
@Table(name = "lic_reference")
public class Referee extends CheckedClaim {

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false, length = 150)
    private String relation;

    protected Referee() {}

    Referee(ExamApplication application, String name, String contact, String relation) {
        super(application);
        this.name = name.trim();
        this.contact = contact.trim();
        this.relation = relation.trim();
    }

    @Override
    protected String noun() {
        return "the reference";
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getRelation() {
        return relation;
    }
}
