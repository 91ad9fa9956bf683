package org.tryon.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/**
 * The history of a record (108.3) as its page shows it: every insert, update and delete with who,
 * when, and each changed field's value before and after.
 */
@ApplicationScoped
public class AuditHistory {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Transactional
    public List<HistoryEntry> of(Class<?> entityType, Object id) {
        return of(em, entityType, id);
    }

    /** Newest first. */
    public static List<HistoryEntry> of(EntityManager em, Class<?> entityType, Object id) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .addOrder(
                        org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        EntityType<?> model = em.getMetamodel().entity(entityType);
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            for (Attribute<?, ?> attribute : model.getAttributes()) {
                if (attribute.isCollection() || attribute.getName().equals("version")) {
                    continue;
                }
                String before = previous == null ? null : text(read(previous, attribute.getJavaMember()));
                String after = type == RevisionType.DEL ? null : text(read(state, attribute.getJavaMember()));
                if (!Objects.equals(before, after)) {
                    changes.add(new HistoryEntry.FieldChange(attribute.getName(), before, after));
                }
            }
            changes.sort(java.util.Comparator.comparing(HistoryEntry.FieldChange::field));
            entries.add(new HistoryEntry(
                    rev.getId(),
                    Instant.ofEpochMilli(rev.getTimestamp()),
                    rev.getUsername(),
                    switch (type) {
                        case ADD -> "created";
                        case MOD -> "changed";
                        case DEL -> "deleted";
                    },
                    changes));
            previous = state;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static Object read(Object target, Member member) {
        if (target == null) {
            return null;
        }
        try {
            if (member instanceof Field f) {
                f.setAccessible(true);
                return f.get(target);
            }
            if (member instanceof Method m) {
                m.setAccessible(true);
                return m.invoke(target);
            }
        } catch (ReflectiveOperationException e) {
            return "?";
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?>) {
            return null;
        }
        Object id = idOf(value);
        return id != null ? value.getClass().getSimpleName() + " #" + id : String.valueOf(value);
    }

    /** An associated entity is shown by its id, never loaded further. */
    private static Object idOf(Object value) {
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
                || value instanceof org.hibernate.proxy.HibernateProxy) {
            try {
                Method getId = value.getClass().getMethod("getId");
                return getId.invoke(value);
            } catch (ReflectiveOperationException e) {
                return "?";
            }
        }
        return null;
    }
}
