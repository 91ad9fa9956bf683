package org.tryon.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A recorded change of a setting: its value from a date on, and why. */
@Entity
@Table(
        name = "plat_setting_value",
        uniqueConstraints = @UniqueConstraint(columnNames = {"setting_key", "effective_from"}))
@Audited
public class SettingValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 120)
    private String key;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "value_text", nullable = false, length = 500)
    private String value;

    @Column(nullable = false, length = 500)
    private String reason;

    @Version
    private long version;

    protected SettingValue() {}

    public SettingValue(String key, LocalDate effectiveFrom, String value, String reason) {
        this.key = key;
        this.effectiveFrom = effectiveFrom;
        this.value = value;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
