package org.tryon.platform.audit.chain;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Starts every chain at start-up, before the demo data and the jobs (the first observer of {@link SchemaMigrated}): a
 * chain started before is left alone; a new one links every record already in its table (ADR 0055).
 */
@ApplicationScoped
public class AuditChainStart {

    private static final Logger LOG = Logger.getLogger(AuditChainStart.class.getName());

    @Inject
    AuditChains chains;

    @Inject
    @Any
    Instance<ChainSource> sources;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) SchemaMigrated migrated) {
        for (ChainSource source : sources) {
            try {
                if (chains.start(source)) {
                    LOG.info(() -> "Audit chain " + source.chain() + " started with the records already there");
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Audit chain " + source.chain() + " could not start; its first append starts it",
                        e);
            }
        }
    }
}
