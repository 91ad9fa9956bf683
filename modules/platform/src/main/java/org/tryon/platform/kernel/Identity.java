package org.tryon.platform.kernel;

/**
 * The id of one record of a context, as it crosses a module boundary in an event or an api (ADR 0045): a typed value,
 * so that a permit's id cannot be passed where a project's belongs. Inside its own module the id stays the entity's
 * {@code long} column; publishers wrap it, observers and adapters unwrap it with {@link #value()}.
 *
 * <p>Every implementation is a record with one positive {@code long value} (its compact constructor checks it with
 * {@link #positive}), annotated {@code @JsonbTypeSerializer(IdentityJson.class)} and
 * {@code @JsonbTypeDeserializer(IdentityJson.class)} so that JSON (the outbox's stored events, the REST API) keeps a
 * plain number. The annotations go on each record: JSON-B reads an interface's for a property of that type, but not for
 * the items of a list.
 */
public interface Identity {

    /** The record's id in the owning module's table. */
    long value();

    /** The id's value, or null for no id (a nullable id, as the {@code Long} it replaced). */
    static Long valueOrNull(Identity id) {
        return id == null ? null : id.value();
    }

    /** Refuses an id that is not positive, naming the type: ids of stored records start at 1. */
    static long positive(long value, Class<? extends Identity> type) {
        if (value <= 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " must be positive, was " + value);
        }
        return value;
    }
}
