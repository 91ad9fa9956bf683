package org.tryon.platform.kernel;

import java.util.Objects;

/**
 * Whom a permit is issued to and whose account its fees are billed to: a licensed contractor firm
 * (108.8 G, bonded under 108.7) or an owner acting as their own contractor (108.8 C, 106
 * "Homeowner").
 *
 * @param kind a contractor firm or an owner
 * @param id   the firm's or the owner's id in permitting
 * @param name the firm's or the owner's name, as printed on the permit
 */
public record PermitHolder(Kind kind, long id, String name) implements java.io.Serializable {

    public enum Kind {
        CONTRACTOR,
        OWNER
    }

    public PermitHolder {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
    }

    public static PermitHolder contractor(long id, String name) {
        return new PermitHolder(Kind.CONTRACTOR, id, name);
    }

    public static PermitHolder owner(long id, String name) {
        return new PermitHolder(Kind.OWNER, id, name);
    }
}
