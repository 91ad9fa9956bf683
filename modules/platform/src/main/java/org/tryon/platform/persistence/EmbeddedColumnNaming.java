package org.tryon.platform.persistence;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.source.spi.AttributePath;

/**
 * One naming rule for the columns of an embedded value: a field of an {@code @Embedded} value
 * that names no column of its own is kept in the column {@code <attribute>_<field>} of its entity,
 * so one value class serves several groups of columns of the same entity without
 * {@code @AttributeOverride}s (permitting's {@code Act} held as {@code issued}: {@code issued_on},
 * {@code issued_at}, {@code issued_by}, {@code issued_as}). Envers' {@code _aud} tables take the
 * same names.
 *
 * <p>Everything else is named as JPA says (the field's name): an entity's own fields, the elements
 * of an {@code @ElementCollection} (an embeddable in a collection table keeps its field names), map
 * keys, and every column a mapping names explicitly (that is, every embeddable mapped before this
 * rule). Registered as {@code hibernate.implicit_naming_strategy} in the application's persistence
 * unit and in the tests' ({@code TestPersistence}).
 */
public class EmbeddedColumnNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
        String name = source.isCollectionElement() ? null : embeddedColumn(source.getAttributePath());
        return name == null ? super.determineBasicColumnName(source) : toIdentifier(name, source.getBuildingContext());
    }

    /**
     * {@code issued.on} to {@code issued_on} (a value within a value: {@code a.b.c} to
     * {@code a_b_c}); {@code null} where JPA's name stands: an entity's own field, a field of a
     * collection's element, a map key.
     */
    static String embeddedColumn(AttributePath path) {
        return path.isPartOfCollectionElement() || !isEmbeddedField(path) ? null : prefixed(path);
    }

    private static boolean isEmbeddedField(AttributePath path) {
        AttributePath parent = path.getParent();
        return parent != null
                && !parent.isRoot()
                && parent.getProperty() != null
                && !parent.getProperty().isEmpty()
                && !path.getFullPath().contains("<");
    }

    private static String prefixed(AttributePath path) {
        return isEmbeddedField(path) ? prefixed(path.getParent()) + "_" + path.getProperty() : path.getProperty();
    }
}
