package org.tryon.platform.lists;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.platform.errors.InvalidInputException;

/**
 * A list of one entity paged, sorted and filtered in the database. It names the fields a screen
 * or the API may filter and sort by, and what each means in the entity (a path such as
 * {@code project.pin}, an expression, or a predicate of its own); a request naming any other
 * field, or sorting by a field that cannot be sorted, is refused with the field named. User input
 * only ever becomes a query parameter.
 *
 * <p>A page is two queries and a fetch: the count of the rows matching the filters, the ids of
 * the page's rows in order (the entity's id breaks ties, in the direction of the last sort, so pages never
 * overlap), and the rows
 * themselves with the associations the list names fetched.
 */
public final class ListDefinition<E> {

    /** A condition on the rows for a filter value (already trimmed, never blank). */
    @FunctionalInterface
    public interface Filter<E> {
        Predicate on(Paths<E> paths, String value);
    }

    /** What a field stands for in a query. */
    @FunctionalInterface
    public interface Value<E> {
        Expression<?> of(Paths<E> paths);
    }

    /** A field: what it sorts by (none: not sortable) and how it filters (none: not filterable). */
    private record Field<E>(Value<E> sortBy, Filter<E> filter) {}

    private final Class<E> entity;
    private final Map<String, Field<E>> fields;
    private final List<ListRequest.Sort> defaultOrder;
    private final List<String> fetches;
    private final List<Function<Paths<E>, Predicate>> restrictions;

    private ListDefinition(
            Class<E> entity,
            Map<String, Field<E>> fields,
            List<ListRequest.Sort> defaultOrder,
            List<String> fetches,
            List<Function<Paths<E>, Predicate>> restrictions) {
        this.entity = entity;
        this.fields = Map.copyOf(fields);
        this.defaultOrder = List.copyOf(defaultOrder);
        this.fetches = List.copyOf(fetches);
        this.restrictions = List.copyOf(restrictions);
    }

    public static <E> Builder<E> of(Class<E> entity) {
        return new Builder<>(entity);
    }

    /** The same list limited to the rows {@code restriction} accepts (whatever the request asks). */
    public ListDefinition<E> where(Function<Paths<E>, Predicate> restriction) {
        List<Function<Paths<E>, Predicate>> more = new ArrayList<>(restrictions);
        more.add(restriction);
        return new ListDefinition<>(entity, fields, defaultOrder, fetches, more);
    }

    /** Refuses, naming the field, a filter or sort field the list does not have, and a page out of range. */
    public void check(ListRequest request) {
        for (String field : request.filters().keySet()) {
            Field<E> f = fields.get(field);
            if (f == null || f.filter() == null) {
                throw new InvalidInputException(
                        field,
                        "known-filter",
                        "The list cannot be filtered by '" + field + "'; it can by "
                                + names(f2 -> f2.filter() != null));
            }
        }
        for (ListRequest.Sort sort : request.sort()) {
            Field<E> f = fields.get(sort.field());
            if (f == null || f.sortBy() == null) {
                throw new InvalidInputException(
                        "sort",
                        "known-sort-field",
                        "The list cannot be sorted by '" + sort.field() + "'; it can by "
                                + names(f2 -> f2.sortBy() != null));
            }
        }
        if (request.first() < 0) {
            throw new InvalidInputException("first", "not-negative", "The first row is 0 or more");
        }
    }

    /** How many rows match the request's filters. */
    public long count(EntityManager em, ListRequest request) {
        check(request);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Paths<E> paths = new Paths<>(query.from(entity), cb, query);
        query.select(cb.count(paths.root())).where(conditions(paths, request));
        return em.createQuery(query).getSingleResult();
    }

    /** The rows of the requested page, mapped all at once (so that a mapping can fetch what the page needs in one query). */
    public <R> List<R> rows(EntityManager em, ListRequest request, Function<List<E>, List<R>> mapping) {
        check(request);
        if (request.size() < 1) {
            throw new InvalidInputException("size", "positive", "A page has at least one row");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        String id = em.getMetamodel()
                .entity(entity)
                .getId(em.getMetamodel().entity(entity).getIdType().getJavaType())
                .getName();
        CriteriaQuery<Object> ids = cb.createQuery();
        Paths<E> paths = new Paths<>(ids.from(entity), cb, ids);
        ids.select(paths.root().get(id)).where(conditions(paths, request)).orderBy(order(paths, request, id));
        List<Object> page = em.createQuery(ids)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<E> load = cb.createQuery(entity);
        Root<E> root = load.from(entity);
        fetches.forEach(path -> fetch(root, path));
        load.select(root).where(root.get(id).in(page));
        Map<Object, E> byId = new HashMap<>();
        for (E e : em.createQuery(load).getResultList()) {
            byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(e), e);
        }
        return mapping.apply(page.stream().map(byId::get).toList());
    }

    /** The count and the rows of the requested page, each row mapped on its own. */
    public <R> ListPage<R> page(EntityManager em, ListRequest request, Function<E, R> mapping) {
        long total = count(em, request);
        List<R> rows = total == 0
                ? List.of()
                : rows(em, request, all -> all.stream().map(mapping).toList());
        return new ListPage<>(rows, total, request.first(), request.size());
    }

    private Predicate[] conditions(Paths<E> paths, ListRequest request) {
        List<Predicate> where = new ArrayList<>();
        restrictions.forEach(r -> where.add(r.apply(paths)));
        request.filters()
                .forEach((field, value) -> where.add(fields.get(field).filter().on(paths, value)));
        return where.toArray(Predicate[]::new);
    }

    private List<Order> order(Paths<E> paths, ListRequest request, String id) {
        CriteriaBuilder cb = paths.cb();
        List<Order> order = new ArrayList<>();
        boolean ascending = false;
        for (ListRequest.Sort sort : request.sort().isEmpty() ? defaultOrder : request.sort()) {
            Expression<?> by = fields.get(sort.field()).sortBy().of(paths);
            order.add(sort.ascending() ? cb.asc(by) : cb.desc(by));
            ascending = sort.ascending();
        }
        // the id breaks ties in the direction of the last sort, so an index ending in the sorted column (and so in the
        // id) gives the order read forwards or backwards, without sorting the rows (ADR 0048)
        order.add(
                ascending ? cb.asc(paths.root().get(id)) : cb.desc(paths.root().get(id)));
        return order;
    }

    private static void fetch(Root<?> root, String dotted) {
        jakarta.persistence.criteria.FetchParent<?, ?> parent = root;
        for (String part : dotted.split("\\.")) {
            parent = parent.fetch(part, JoinType.LEFT);
        }
    }

    private String names(java.util.function.Predicate<Field<E>> which) {
        return fields.entrySet().stream()
                .filter(e -> which.test(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Builds a list: its fields, default order and the associations its rows need. */
    public static final class Builder<E> {

        private final Class<E> entity;
        private final Map<String, Field<E>> fields = new LinkedHashMap<>();
        private final List<ListRequest.Sort> defaultOrder = new ArrayList<>();
        private final List<String> fetches = new ArrayList<>();

        private Builder(Class<E> entity) {
            this.entity = entity;
        }

        /** A text field at {@code path}: sorted by it, filtered by "contains", ignoring case. */
        public Builder<E> text(String name, String path) {
            return text(name, paths -> paths.<String>get(path));
        }

        /** A text field computed by {@code value} (a coalesce, a replace): sorted by it, filtered by "contains". */
        public Builder<E> text(String name, Function<Paths<E>, Expression<String>> value) {
            return field(name, value::apply, (paths, text) -> paths.contains(value.apply(paths), text));
        }

        /** A field holding one of {@code type}'s constants: sorted by it, filtered by equality with a constant's name. */
        public <T extends Enum<T>> Builder<E> choice(String name, String path, Class<T> type) {
            return field(
                    name,
                    paths -> paths.get(path),
                    (paths, value) -> paths.cb().equal(paths.get(path), constant(name, type, value)));
        }

        /** A field that is only sorted by (dates, amounts). */
        public Builder<E> sorted(String name, Value<E> value) {
            return field(name, value, null);
        }

        public Builder<E> sorted(String name, String path) {
            return sorted(name, paths -> paths.get(path));
        }

        /** A field that is only filtered by: a search over several paths, a subquery. */
        public Builder<E> filter(String name, Filter<E> filter) {
            return field(name, null, filter);
        }

        /** The order when the request asks none (the entity's id always breaks ties, descending when nothing is sorted). */
        public Builder<E> orderBy(String field, boolean ascending) {
            defaultOrder.add(new ListRequest.Sort(field, ascending));
            return this;
        }

        /** Associations the rows' mapping reads, fetched with the page's rows ({@code project.owner}). */
        public Builder<E> fetch(String... paths) {
            fetches.addAll(Arrays.asList(paths));
            return this;
        }

        public ListDefinition<E> build() {
            for (ListRequest.Sort sort : defaultOrder) {
                if (fields.get(sort.field()) == null || fields.get(sort.field()).sortBy() == null) {
                    throw new IllegalStateException(
                            "The default order names " + sort.field() + ", which is not a sorted field");
                }
            }
            return new ListDefinition<>(entity, fields, defaultOrder, fetches, List.of());
        }

        /** A field sorted by {@code sortBy} (null: not sortable) and filtered by {@code filter} (null: not filterable). */
        public Builder<E> field(String name, Value<E> sortBy, Filter<E> filter) {
            if (fields.putIfAbsent(name, new Field<>(sortBy, filter)) != null) {
                throw new IllegalStateException("The list already has a field " + name);
            }
            return this;
        }
    }

    private static <T extends Enum<T>> T constant(String field, Class<T> type, String value) {
        for (T constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new InvalidInputException(
                field,
                "one-of",
                field + " is one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", not '" + value + "'");
    }
}
