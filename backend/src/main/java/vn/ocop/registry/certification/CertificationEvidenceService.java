package vn.ocop.registry.certification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.certification.CertificationDtos.CertificationView;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.files.FileContent;
import vn.ocop.registry.files.FileType;
import vn.ocop.registry.files.Upload;
import vn.ocop.registry.files.UploadedFile;

/** A certification's evidence file (the certificate scan): part of the certification, versioned with it. */
@ApplicationScoped
public class CertificationEvidenceService {
    static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    CertificationService certifications;

    @Transactional
    public CertificationView put(long id, ExpectedVersion expected, Upload upload) {
        Certification c = certifications.requireAccessible(id);
        expected.check(c.version);
        UploadedFile file = UploadedFile.check(upload, "file", EVIDENCE_TYPES);
        CertificationEvidence evidence = CertificationEvidence.findById(c.id);
        Map<String, Object> before = snapshot(evidence);
        if (evidence == null) {
            evidence = new CertificationEvidence();
            evidence.certificationId = c.id;
        }
        evidence.store(file, scope.username());
        evidence.persist();
        c.touch(scope.username());
        em.flush();
        certifications.record(c, "CERTIFICATION_UPDATED", AuditLog.diff(before, snapshot(evidence)));
        return certifications.view(c);
    }

    @Transactional
    public FileContent get(long id) {
        Certification c = certifications.requireAccessible(id);
        CertificationEvidence evidence = CertificationEvidence.findById(c.id);
        if (evidence == null) {
            throw ProblemException.notFound("Evidence of certification", id);
        }
        return evidence.content();
    }

    private static Map<String, Object> snapshot(CertificationEvidence e) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (e != null) {
            s.put("fileName", e.fileName);
            s.put("contentType", e.contentType);
            s.put("sha256", e.sha256);
        }
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("evidence", e == null ? null : s);
        return field;
    }
}
