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

    /**
     * "Contains" found through a FULLTEXT index of {@code value}'s column: each word of {@code text} long enough for the
     * index (3 characters or more, not one of MariaDB's stop words) must begin a word of the column, and the column must
     * contain {@code text} as typed. Text without such a word falls back to {@link #contains} alone (a scan). Rows
     * written in a transaction not yet committed are not in the index yet.
     */
    public jakarta.persistence.criteria.Predicate words(Expression<String> value, String text) {
        String query = fullTextQuery(text);
        if (query == null) {
            return contains(value, text);
        }
        return cb.and(
                cb.greaterThan(
                        cb.function(
                                org.tryon.platform.persistence.FullTextFunctions.WORDS,
                                Double.class,
                                value,
                                cb.literal(query)),
                        0.0),
                contains(value, text));
    }

    /** Case-insensitive "starts with", the user's text taken literally; an index of the column serves it. */
    public jakarta.persistence.criteria.Predicate startsWith(Expression<String> value, String text) {
        return cb.like(value, escaped(text) + "%", '\\');
    }

    /** MariaDB's default stop words (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD): never in a full-text index. */
    private static final java.util.Set<String> STOP_WORDS = java.util.Set.of(
            "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is",
            "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will",
            "with", "und", "www");

    /** The boolean-mode query "+word* +word*" of the indexable words of {@code text}; null when it has none. */
    static String fullTextQuery(String text) {
        StringBuilder q = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && word.length() <= 84 && !STOP_WORDS.contains(word)) {
                q.append(q.length() == 0 ? "" : " ").append('+').append(word).append('*');
            }
        }
        return q.length() == 0 ? null : q.toString();
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
