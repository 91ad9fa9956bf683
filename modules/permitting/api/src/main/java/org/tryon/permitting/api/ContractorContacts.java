package org.tryon.permitting.api;

import java.util.Optional;
import org.tryon.platform.kernel.ContractorId;

/**
 * What other modules may ask permitting about a contractor firm: its name and its point of contact
 * (106: "one individual serving as the principal or officer in charge of construction or their
 * designee"), to whom notices about the firm are addressed. Implemented by permitting; injected by CDI.
 */
public interface ContractorContacts {

    /** A firm's point of contact. */
    record Contact(ContractorId contractorId, String firmName, String name, String phone, String email) {}

    /** The firm's point of contact, or empty when permitting knows no such firm. */
    Optional<Contact> pointOfContact(ContractorId contractorId);
}
