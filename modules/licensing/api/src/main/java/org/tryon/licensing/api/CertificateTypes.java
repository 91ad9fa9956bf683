package org.tryon.licensing.api;

/** Codes of certificate types other modules name. */
public final class CertificateTypes {

    /** The homeowner electrical test (108.8 C): an owner's electrical permit needs it passed. */
    public static final String HOMEOWNER_ELECTRICAL = "HOMEOWNER-ELECTRICAL";

    private CertificateTypes() {}
}
