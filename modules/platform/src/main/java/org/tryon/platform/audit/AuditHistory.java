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
import org.tryon.platform.text.UsFormat;

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
                Object beforeValue = previous == null ? null : read(previous, attribute.getJavaMember());
                Object afterValue = type == RevisionType.DEL ? null : read(state, attribute.getJavaMember());
                String before = stored(beforeValue);
                String after = stored(afterValue);
                if (!Objects.equals(before, after)) {
                    changes.add(new HistoryEntry.FieldChange(
                            attribute.getName(),
                            before,
                            after,
                            label(entityType, attribute.getName()),
                            text(beforeValue),
                            text(afterValue)));
                }
            }
            changes.sort(java.util.Comparator.comparing(HistoryEntry.FieldChange::label));
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

    /**
     * A field's label in words: the entity's own {@link HistoryLabels} when it names the field, else the field name in
     * words ({@code permitNumber} → "Permit number").
     */
    static String label(Class<?> entityType, String field) {
        HistoryLabels labels = entityType.getAnnotation(HistoryLabels.class);
        if (labels != null) {
            for (String pair : labels.value()) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(field)) {
                    return pair.substring(eq + 1).trim();
                }
            }
        }
        return UsFormat.fieldLabel(field);
    }

    /**
     * A value as the REST API writes it: as stored ({@code 2026-12-08}, {@code ISSUED}); an associated record as its
     * class and id ({@code ContractorFirm #1}, the class behind a lazy proxy).
     */
    static String stored(Object value) {
        if (value == null || value instanceof Collection<?>) {
            return null;
        }
        if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
            var initializer = proxy.getHibernateLazyInitializer();
            return initializer.getPersistentClass().getSimpleName() + " #" + initializer.getIdentifier();
        }
        if (isEntity(value)) {
            return value.getClass().getSimpleName() + " #" + idOf(value);
        }
        return String.valueOf(value);
    }

    /** A value as people read it: US dates and times, money with separators, codes as words, records by name. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?>) {
            return null;
        }
        if (isEntity(value)) {
            return entityText(value);
        }
        if (value instanceof Enum<?>) {
            return UsFormat.status(value);
        }
        if (value instanceof Record && !(value instanceof org.tryon.platform.money.Money)) {
            if (value.getClass().isRecord() && value.getClass().getRecordComponents().length == 1) {
                try {
                    return text(value.getClass()
                            .getRecordComponents()[0]
                            .getAccessor()
                            .invoke(value));
                } catch (ReflectiveOperationException e) {
                    return String.valueOf(value);
                }
            }
        }
        return UsFormat.words(value);
    }

    private static boolean isEntity(Object value) {
        return value instanceof org.hibernate.proxy.HibernateProxy
                || value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    /**
     * An associated record in words, never loaded further than its id when it is a lazy proxy: its
     * {@code displayName()}/{@code label()}/{@code name()} when loaded, else "Contractor firm 1" (class name in words
     * and id), never {@code ContractorFirm$HibernateProxy #1}.
     */
    private static String entityText(Object value) {
        Class<?> type;
        Object id;
        if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
            var initializer = proxy.getHibernateLazyInitializer();
            type = initializer.getPersistentClass();
            id = initializer.getIdentifier();
            if (!initializer.isUninitialized()) {
                String name = nameOf(initializer.getImplementation());
                if (name != null) {
                    return name;
                }
            }
        } else {
            type = value.getClass();
            String name = nameOf(value);
            if (name != null) {
                return name;
            }
            id = idOf(value);
        }
        return UsFormat.fieldLabel(type.getSimpleName()) + " " + (id == null ? "" : text(id));
    }

    private static String nameOf(Object entity) {
        for (String method : new String[] {"displayName", "label", "getDisplayName", "getName", "name"}) {
            try {
                Method m = entity.getClass().getMethod(method);
                if (m.getParameterCount() == 0 && m.getReturnType() == String.class) {
                    Object name = m.invoke(entity);
                    if (name != null && !name.toString().isBlank()) {
                        return name.toString();
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException none) {
                // next
            }
        }
        return null;
    }

    private static Object idOf(Object value) {
        try {
            Method getId = value.getClass().getMethod("getId");
            return getId.invoke(value);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
