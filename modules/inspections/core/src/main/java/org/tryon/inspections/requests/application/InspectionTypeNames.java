package org.tryon.inspections.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;
import org.tryon.inspections.requests.domain.InspectionType;

/**
 * The names people read of the inspection types ("Building — footing" for {@code BLD-FOOTING}, ADR 0052), by code:
 * every screen, day list and kit shows them instead of the codes, which the REST API and CSV files keep. A read.
 */
@ApplicationScoped
@Transactional
public class InspectionTypeNames {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** Every type's display name by its code. */
    public Map<String, String> byCode() {
        return byCode(em);
    }

    /** The same, through a given entity manager (for reads of other features and the api's adapter). */
    public static Map<String, String> byCode(EntityManager em) {
        return em.createQuery("select t from InspectionType t", InspectionType.class).getResultList().stream()
                .collect(Collectors.toMap(InspectionType::getCode, InspectionType::getDisplayName));
    }
}
