package vn.ocop.registry.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.product.CertificateStatus;

class CertificateValidityTest {
    private static final LocalDate ISSUED = LocalDate.of(2019, 12, 20);

    @Test
    void validForThirtySixMonths() {
        assertEquals(LocalDate.of(2022, 12, 19), CertificateValidity.validUntil(ISSUED));
        assertEquals(LocalDate.of(2023, 2, 28), CertificateValidity.validUntil(LocalDate.of(2020, 3, 1)));
    }

    @Test
    void statusAtEachBoundary() {
        LocalDate until = CertificateValidity.validUntil(ISSUED);
        assertEquals(CertificateStatus.VALID, CertificateValidity.status(until, null, until.minusDays(31)));
        assertEquals(CertificateStatus.EXPIRING, CertificateValidity.status(until, null, until.minusDays(30)));
        assertEquals(CertificateStatus.EXPIRING, CertificateValidity.status(until, null, until));
        assertEquals(CertificateStatus.EXPIRED, CertificateValidity.status(until, null, until.plusDays(1)));
    }

    @Test
    void revocationWinsFromItsDate() {
        LocalDate until = CertificateValidity.validUntil(ISSUED);
        LocalDate revoked = LocalDate.of(2021, 5, 1);
        assertEquals(CertificateStatus.VALID, CertificateValidity.status(until, revoked, revoked.minusDays(1)));
        assertEquals(CertificateStatus.REVOKED, CertificateValidity.status(until, revoked, revoked));
        assertEquals(CertificateStatus.REVOKED, CertificateValidity.status(until, revoked, until.plusYears(1)));
    }
}
