package org.tryon.licensing.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The last running number given per number prefix and year ({@link CertificateNumbers}); locked while taken. */
@Entity
@Table(name = "lic_certificate_sequence")
public class CertificateSequence {

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected CertificateSequence() {}

    public CertificateSequence(String prefix, int year) {
        this.key = new Key(prefix, year);
    }

    /** The next running number. */
    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "prefix", length = 10)
        private String prefix;

        @Column(name = "year")
        private int year;

        protected Key() {}

        public Key(String prefix, int year) {
            this.prefix = prefix;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.prefix.equals(prefix) && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, year);
        }
    }
}
