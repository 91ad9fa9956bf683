package org.tryon.fees.module.application;

import java.lang.reflect.Field;

/**
 * Tests wire a use case of another feature package by setting its injected, package-private fields (as the container
 * does), so that the feature-first packages did not have to make those fields public.
 */
public final class TestFields {

    private TestFields() {}

    /** Sets the field named {@code name} of {@code target} (declared on its class or a superclass) to {@code value}. */
    public static void set(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + name);
    }
}
