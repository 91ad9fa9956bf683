package org.tryon.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.tryon.platform.persistence.EmbeddedColumnNaming;

/**
 * Hibernate outside the container, on a migrated {@link TestDatabase}, with the same mapping
 * files as the application's persistence unit. The schema is validated against the entities,
 * so a migration that drifts from its entity fails the module's persistence test.
 */
public final class TestPersistence implements AutoCloseable {

    private final EntityManagerFactory emf;

    private TestPersistence(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** @param mappingFiles e.g. {@code META-INF/orm-platform.xml}, {@code META-INF/orm-permitting.xml} */
    public static TestPersistence on(DataSource dataSource, String... mappingFiles) {
        List<String> files = new ArrayList<>(List.of(mappingFiles));
        if (!files.contains("META-INF/orm-platform.xml")) {
            files.add(0, "META-INF/orm-platform.xml");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("hibernate.hbm2ddl.auto", "validate");
        props.put("hibernate.implicit_naming_strategy", EmbeddedColumnNaming.class.getName());
        props.put("hibernate.enhancer.enableDirtyTracking", "false");
        props.put("hibernate.enhancer.enableLazyInitialization", "false");
        props.put("hibernate.enhancer.enableAssociationManagement", "false");
        props.put("org.hibernate.envers.audit_table_suffix", "_aud");
        props.put("org.hibernate.envers.revision_field_name", "rev");
        props.put("org.hibernate.envers.revision_type_field_name", "revtype");
        props.put("org.hibernate.envers.store_data_at_delete", "true");
        props.put("jakarta.persistence.validation.mode", "none");
        props.put("hibernate.jdbc.time_zone", "UTC");
        return new TestPersistence(
                new HibernatePersistenceProvider().createContainerEntityManagerFactory(unit(dataSource, files), props));
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
    }

    private static PersistenceUnitInfo unit(DataSource ds, List<String> mappingFiles) {
        return new PersistenceUnitInfo() {
            @Override
            public String getPersistenceUnitName() {
                return "tryon-test";
            }

            @Override
            public String getPersistenceProviderClassName() {
                return HibernatePersistenceProvider.class.getName();
            }

            @Override
            public PersistenceUnitTransactionType getTransactionType() {
                return PersistenceUnitTransactionType.RESOURCE_LOCAL;
            }

            @Override
            public DataSource getJtaDataSource() {
                return null;
            }

            @Override
            public DataSource getNonJtaDataSource() {
                return ds;
            }

            @Override
            public List<String> getMappingFileNames() {
                return mappingFiles;
            }

            @Override
            public List<URL> getJarFileUrls() {
                return List.of();
            }

            @Override
            public URL getPersistenceUnitRootUrl() {
                return null;
            }

            @Override
            public List<String> getManagedClassNames() {
                return List.of();
            }

            @Override
            public boolean excludeUnlistedClasses() {
                return true;
            }

            @Override
            public SharedCacheMode getSharedCacheMode() {
                return SharedCacheMode.UNSPECIFIED;
            }

            @Override
            public ValidationMode getValidationMode() {
                return ValidationMode.NONE;
            }

            @Override
            public Properties getProperties() {
                return new Properties();
            }

            @Override
            public String getPersistenceXMLSchemaVersion() {
                return "3.1";
            }

            @Override
            public ClassLoader getClassLoader() {
                return TestPersistence.class.getClassLoader();
            }

            @Override
            public void addTransformer(ClassTransformer transformer) {}

            @Override
            public ClassLoader getNewTempClassLoader() {
                return TestPersistence.class.getClassLoader();
            }
        };
    }
}
