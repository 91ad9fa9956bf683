package org.tryon.platform.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One day the administrator adds to the county's holidays (a closure) or removes from the days the
 * rules give (the county works that day). At most one exception a date; each change is audited.
 */
@Entity
@Table(name = "plat_holiday_exception")
@Audited
public class HolidayException {

    /** What the exception does to its date. */
    public enum Kind {
        /** The day is a holiday although no rule gives it. */
        ADDED,
        /** The day is a working day although a rule gives it. */
        REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exception_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 120)
    private String name;

    @Column(nullable = false, length = 500)
    private String reason;

    @Version
    private long version;

    protected HolidayException() {}

    public HolidayException(LocalDate date, Kind kind, String name, String reason) {
        this.date = date;
        this.kind = kind;
        this.name = name;
        this.reason = reason;
    }

    public void rename(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public Kind getKind() {
        return kind;
    }

    public HolidayExceptionView view() {
        return new HolidayExceptionView(id, date, kind, name, reason);
    }
}
