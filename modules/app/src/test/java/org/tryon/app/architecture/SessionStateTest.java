package org.tryon.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a session holds goes to another instance when the one serving the user is gone (ADR 0056): every bean of a
 * session or view scope keeps only serialisable state. An injected field is a contextual reference Weld serialises (or
 * refuses at deployment); anything else must be serialisable itself, its type arguments too, or be {@code transient}
 * and rebuilt when needed. A field that breaks this fails only on a failover, in production: hence this test.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    @Test
    @DisplayName("every view- and session-scoped bean keeps only serialisable state (a failover deserialises it)")
    void passivatingBeansHoldOnlySerialisableState() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tryon")) {
            if (PASSIVATING.stream().anyMatch(c::isAnnotatedWith)) {
                beans.add(c.reflect());
            }
        }
        assertThat(beans).as("the screens' beans were found").hasSizeGreaterThan(40);
        Set<String> problems = new TreeSet<>();
        beans.forEach(b -> problems.addAll(problems(b)));
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the check names a bean that is not serialisable and a field whose value is not")
    void theCheckFindsWhatBreaksAFailover() {
        assertThat(problems(Unserialisable.class)).singleElement().asString().contains("is not Serializable");
        assertThat(problems(Holder.class))
                .anySatisfy(p -> assertThat(p).contains("Holder.choices"))
                .anySatisfy(p -> assertThat(p).contains("Holder.maybe"))
                .anySatisfy(p -> assertThat(p).contains("Holder.plain"))
                .noneSatisfy(p -> assertThat(p).contains("Holder.cache"))
                .noneSatisfy(p -> assertThat(p).contains("Holder.service"))
                .noneSatisfy(p -> assertThat(p).contains("Holder.names"));
    }

    static List<String> problems(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + " is not Serializable");
            return problems;
        }
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                String why = notSerialisable(f.getGenericType());
                if (why != null) {
                    problems.add(c.getName() + "." + f.getName() + ": " + why);
                }
            }
        }
        return problems;
    }

    /** Why a value of this declared type may not serialise, or null when it will. */
    private static String notSerialisable(Type type) {
        return notSerialisable(type, new java.util.HashSet<>());
    }

    private static String notSerialisable(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return null;
            }
            if (Serializable.class.isAssignableFrom(c)) {
                if (c.isArray()) {
                    return notSerialisable(c.getComponentType(), seen);
                }
                // Tryon's own values: their state must serialise too (a record's components, a class's fields)
                if (c.getName().startsWith("org.tryon.") && seen.add(c)) {
                    // the fields Tryon declares (a library's superclass answers for its own)
                    for (Class<?> k = c; k != null && k.getName().startsWith("org.tryon."); k = k.getSuperclass()) {
                        for (Field f : k.getDeclaredFields()) {
                            int m = f.getModifiers();
                            if (Modifier.isStatic(m) || Modifier.isTransient(m)) {
                                continue;
                            }
                            String why = notSerialisable(f.getGenericType(), seen);
                            if (why != null) {
                                return why + " (in " + c.getName() + "." + f.getName() + ")";
                            }
                        }
                    }
                }
                return null;
            }
            if (c.isArray()) {
                return notSerialisable(c.getComponentType(), seen);
            }
            if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
                return null; // raw: the elements are unknown here; the generic form below checks them
            }
            return c.getName() + " is not Serializable";
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            String own =
                    (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)))
                            ? null
                            : notSerialisable(raw, seen);
            if (own != null) {
                return own;
            }
            for (Type a : p.getActualTypeArguments()) {
                String why = notSerialisable(a, seen);
                if (why != null) {
                    return why + " (in " + p.getTypeName() + ")";
                }
            }
            return null;
        }
        if (type instanceof WildcardType w) {
            return w.getUpperBounds().length == 1 ? notSerialisable(w.getUpperBounds()[0], seen) : null;
        }
        return null; // a type variable: judged where it is bound
    }

    // ------------------------------------------------------------------------------------------------ examples

    @ViewScoped
    static class Unserialisable {}

    record Plain(String name) {}

    interface Service {}

    @ViewScoped
    @SuppressWarnings("unused")
    static class Holder implements Serializable {
        @Inject
        Service service;

        List<Plain> choices;
        java.util.Optional<String> maybe;
        Plain plain;
        transient List<Plain> cache;
        List<String> names;
    }
}
