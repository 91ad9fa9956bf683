package org.tryon.licensing.module.domain;

/**
 * What a certificate type is on a day (106; domain facts "Licensing examinations"): the county examines for it, it is
 * renewed only (the county stopped examining journeyman plumbers and mechanics on 2013-01-01), or it is a credential issued
 * by a state board, recorded and verified but never examined by the county.
 */
public enum CertificateKind {
    EXAMINED,
    RENEWAL_ONLY,
    STATE_CREDENTIAL
}
