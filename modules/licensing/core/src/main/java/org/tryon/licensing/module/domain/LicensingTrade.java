package org.tryon.licensing.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A trade whose practitioners are examined or certified (107.1.5 C, 109), kept as data. */
@Entity
@Table(name = "lic_trade")
@Audited
public class LicensingTrade {

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Version
    private long version;

    protected LicensingTrade() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
