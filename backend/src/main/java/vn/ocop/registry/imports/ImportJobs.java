package vn.ocop.registry.imports;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.imports.ImportDtos.ImportJobStatus;
import vn.ocop.registry.imports.ImportDtos.ImportJobView;
import vn.ocop.registry.imports.ImportDtos.ImportReport;

/**
 * The job rows, each change in its own transaction: progress must be visible while the import's transaction is still
 * open, and to every instance.
 */
@ApplicationScoped
class ImportJobs {
    /** A RUNNING job not heard of for this long lost its instance; its transaction died with it. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    @Inject
    ProvinceClock clock;
    @Inject
    UnitScope scope;

    @Transactional(TxType.REQUIRES_NEW)
    long start(ImportKind kind, String fileName, int total, String user) {
        ImportJob job = new ImportJob();
        job.kind = kind;
        job.status = ImportJobStatus.RUNNING;
        job.fileName = fileName;
        job.total = total;
        job.createdBy = user;
        job.createdAt = clock.now();
        job.heartbeatAt = job.createdAt;
        job.persist();
        return job.id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void progress(long id, int processed) {
        ImportJob.update("processed = ?1, heartbeatAt = ?2 where id = ?3", processed, clock.now(), id);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void finish(long id, ImportJobStatus status, ImportReport report, String failure) {
        ImportJob job = ImportJob.findById(id);
        job.status = status;
        job.report = report;
        job.failure = failure;
        if (status == ImportJobStatus.SUCCEEDED) {
            job.processed = job.total;
        }
        job.finishedAt = clock.now();
        job.heartbeatAt = job.finishedAt;
    }

    /**
     * The job, for whoever started it and the province-wide office; 403 for everyone else, as for any row out of the
     * caller's reach (one rule across the API).
     */
    @Transactional
    ImportJobView view(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Import job", id);
        }
        if (!job.createdBy.equals(scope.username()) && scope.confinement().level() != UnitScope.Level.NONE) {
            throw ProblemException.forbidden("You may only follow the imports you started");
        }
        Instant now = clock.now();
        boolean lost = job.status == ImportJobStatus.RUNNING && job.heartbeatAt.plus(STALE_AFTER).isBefore(now);
        return new ImportJobView(job.id, job.kind, lost ? ImportJobStatus.FAILED : job.status, job.fileName, job.total,
                job.processed, job.report, lost
                        ? "The instance running the import stopped; nothing was imported"
                        : job.failure,
                job.createdBy, job.createdAt, job.finishedAt);
    }
}
