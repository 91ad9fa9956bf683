package org.tryon.permitting.parties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.tryon.permitting.api.ContractorContacts;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.platform.kernel.ContractorId;

/**
 * Permitting's answer to the other modules' {@link ContractorContacts}: a firm's name and its point of contact (106), to
 * whom inspections addresses HIFR notices and fees its statements. Reads only (ADR 0040); {@code QueriesNeverWriteTest}
 * (modules/app) checks it. In a transaction as permitting's reads are, in which nothing is written.
 */
@ApplicationScoped
@Transactional
public class ContractorContactsAdapter implements ContractorContacts {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public Optional<Contact> pointOfContact(ContractorId contractorId) {
        ContractorFirm firm = em.find(ContractorFirm.class, contractorId.value());
        if (firm == null || firm.getPointOfContact() == null) {
            return Optional.empty();
        }
        var poc = firm.getPointOfContact();
        return Optional.of(new Contact(contractorId, firm.getName(), poc.getName(), poc.getPhone(), poc.getEmail()));
    }
}
