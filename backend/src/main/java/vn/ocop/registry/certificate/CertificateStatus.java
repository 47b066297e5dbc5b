package vn.ocop.registry.certificate;

/** What a shopper or an officer needs to know about an OCOP certificate today. */
public enum CertificateStatus {
    VALID, EXPIRING, EXPIRED, REVOKED
}
