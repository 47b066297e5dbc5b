package vn.ocop.registry.imports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.ocop.registry.imports.ImportDtos.ImportJobStatus;
import vn.ocop.registry.imports.ImportDtos.ImportReport;

/** An import being committed: its progress and, once finished, its report. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportJobStatus status;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int processed;

    @JdbcTypeCode(SqlTypes.JSON)
    public ImportReport report;

    public String failure;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
