package vn.ocop.registry.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.product.OcopCertificateStatus;

class OcopCertificateValidityTest {
    private static final LocalDate ISSUED = LocalDate.of(2019, 12, 20);

    @Test
    void validForThirtySixMonths() {
        assertEquals(LocalDate.of(2022, 12, 19), OcopCertificateValidity.validUntil(ISSUED));
        assertEquals(LocalDate.of(2023, 2, 28), OcopCertificateValidity.validUntil(LocalDate.of(2020, 3, 1)));
    }

    @Test
    void statusAtEachBoundary() {
        LocalDate until = OcopCertificateValidity.validUntil(ISSUED);
        assertEquals(OcopCertificateStatus.VALID, OcopCertificateValidity.status(until, null, until.minusDays(31)));
        assertEquals(OcopCertificateStatus.EXPIRING, OcopCertificateValidity.status(until, null, until.minusDays(30)));
        assertEquals(OcopCertificateStatus.EXPIRING, OcopCertificateValidity.status(until, null, until));
        assertEquals(OcopCertificateStatus.EXPIRED, OcopCertificateValidity.status(until, null, until.plusDays(1)));
    }

    @Test
    void revocationWinsFromItsDate() {
        LocalDate until = OcopCertificateValidity.validUntil(ISSUED);
        LocalDate revoked = LocalDate.of(2021, 5, 1);
        assertEquals(OcopCertificateStatus.VALID, OcopCertificateValidity.status(until, revoked, revoked.minusDays(1)));
        assertEquals(OcopCertificateStatus.REVOKED, OcopCertificateValidity.status(until, revoked, revoked));
        assertEquals(OcopCertificateStatus.REVOKED, OcopCertificateValidity.status(until, revoked, until.plusYears(1)));
    }
}
