package vn.ocop.registry.files;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.ocop.registry.common.ProvinceClock;

/**
 * A file kept in PostgreSQL with what was checked about it. The bytes are loaded lazily, so
 * listing files reads only their metadata.
 */
@MappedSuperclass
public abstract class StoredFile extends PanacheEntityBase {
    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public void store(UploadedFile file, String username) {
        fileName = file.fileName();
        contentType = file.type().mediaType();
        sizeBytes = file.content().length;
        sha256 = file.sha256();
        content = file.content();
        uploadedBy = username;
        uploadedAt = ProvinceClock.current().now();
    }

    public FileView view() {
        return new FileView(fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }

    /** The bytes to send back (read here, inside the transaction: they are loaded lazily). */
    public FileContent content() {
        return new FileContent(content, contentType, fileName);
    }
}
