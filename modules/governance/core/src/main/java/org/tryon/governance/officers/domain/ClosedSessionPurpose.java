package org.tryon.governance.officers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A purpose for which a public body may hold a closed session (G.S. 143-318.11(a)), with its
 * subsection; data seeded by migration. Some purposes need more in the motion (G.S. 143-318.11(c)):
 * the law that makes information confidential, the parties of a lawsuit.
 */
@Entity
@Table(name = "gov_closed_session_purpose")
public class ClosedSessionPurpose {

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 40)
    private String subsection;

    @Column(nullable = false, length = 600)
    private String description;

    @Column(name = "citation_needed", length = 200)
    private String citationNeeded;

    protected ClosedSessionPurpose() {}

    public ClosedSessionPurpose(String code, String subsection, String description, String citationNeeded) {
        this.code = code;
        this.subsection = subsection;
        this.description = description;
        this.citationNeeded = citationNeeded;
    }

    public String getCode() {
        return code;
    }

    public String getSubsection() {
        return subsection;
    }

    public String getDescription() {
        return description;
    }

    public String getCitationNeeded() {
        return citationNeeded;
    }
}
