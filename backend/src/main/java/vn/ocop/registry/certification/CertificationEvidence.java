package vn.ocop.registry.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.registry.files.StoredFile;

/** The scanned certificate (PDF, JPEG or PNG) of a certification; an upload replaces it. */
@Entity
@Table(name = "certification_evidence")
public class CertificationEvidence extends StoredFile {
    @Id
    @Column(name = "certification_id")
    public Long certificationId;
}
