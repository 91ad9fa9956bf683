package org.tryon.platform.lists;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The paths of one query, from its root entity: {@code get("contractor.name")} LEFT joins each
 * association on the way once (a permit without a contractor stays in the list) and walks into
 * embedded values ({@code address.street}). Paths come from a list's definition, never from input.
 */
public final class Paths<E> {

    private final Root<E> root;
    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Map<String, From<?, ?>> joins = new HashMap<>();

    Paths(Root<E> root, CriteriaBuilder cb, AbstractQuery<?> query) {
        this.root = root;
        this.cb = cb;
        this.query = query;
    }

    public Root<E> root() {
        return root;
    }

    public CriteriaBuilder cb() {
        return cb;
    }

    /** The query, for subqueries ({@code exists}). */
    public AbstractQuery<?> query() {
        return query;
    }

    public <T> Expression<T> get(String dotted) {
        From<?, ?> from = root;
        Path<?> path = root;
        ManagedType<?> type = root.getModel();
        String walked = "";
        for (String part : dotted.split("\\.")) {
            Attribute<?, ?> attribute = type.getAttribute(part);
            walked = walked.isEmpty() ? part : walked + "." + part;
            if (!(attribute instanceof SingularAttribute<?, ?>)) {
                throw new IllegalArgumentException("List path " + dotted + " goes through the collection " + part
                        + ": filter on it with a subquery instead, so that rows are not repeated");
            }
            if (attribute.isAssociation()) {
                From<?, ?> parent = from;
                from = joins.computeIfAbsent(walked, k -> parent.join(part, JoinType.LEFT));
                path = from;
                type = managed(((SingularAttribute<?, ?>) attribute).getType(), dotted);
            } else {
                path = path.get(part);
                if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                    type = managed(((SingularAttribute<?, ?>) attribute).getType(), dotted);
                }
            }
        }
        @SuppressWarnings("unchecked")
        Expression<T> result = (Expression<T>) path;
        return result;
    }

    /** Case-insensitive "contains", the user's text taken literally (% and _ match only themselves). */
    public jakarta.persistence.criteria.Predicate contains(Expression<String> value, String text) {
        return cb.like(cb.lower(value), "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%", '\\');
    }

    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ManagedType<?> managed(Type<?> type, String dotted) {
        if (type instanceof ManagedType<?> m) {
            return m;
        }
        throw new IllegalArgumentException("List path " + dotted + " walks through a value that has no attributes");
    }
}
