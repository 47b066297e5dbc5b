package vn.ocop.registry.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.files.Upload;
import vn.ocop.registry.imports.ImportDtos.ImportJobStatus;
import vn.ocop.registry.imports.ImportDtos.ImportJobView;
import vn.ocop.registry.imports.ImportDtos.ImportReport;
import vn.ocop.registry.imports.ImportDtos.ImportRowResult;

/**
 * Spreadsheet imports: the template, the dry run and the commit. A commit checks the file at once (a file with errors
 * is refused with its report) and then writes it in the background, in one transaction, as the caller: the job row
 * in the database says how far it got, whichever instance the client asks.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    ImportPlanner planner;
    @Inject
    ImportWriter writer;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportTemplates templates;
    @Inject
    UnitScope scope;
    @Inject
    CurrentIdentityAssociation identities;

    /** Two imports at a time per instance; more wait their turn (their jobs show 0 rows processed). */
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ocop-import");
        t.setDaemon(true);
        return t;
    });

    /** A commit: refused with the report of a file with errors, else the job writing it. */
    public record Commit(ImportReport refused, ImportJobView job) {
    }

    public byte[] template(ImportKind kind) {
        return templates.template(kind);
    }

    public ImportReport dryRun(ImportKind kind, Upload upload) {
        return planner.plan(kind, ImportSheet.read(read(upload), kind), upload.fileName()).report();
    }

    public Commit commit(ImportKind kind, Upload upload) {
        ImportPlanner.Plan plan = planner.plan(kind, ImportSheet.read(read(upload), kind), upload.fileName());
        if (!plan.report().valid()) {
            return new Commit(plan.report(), null);
        }
        long id = jobs.start(kind, upload.fileName(), plan.steps().size(), scope.username());
        SecurityIdentity caller = identities.getIdentity();
        workers.submit(() -> as(caller, () -> run(id, kind, plan)));
        return new Commit(null, jobs.view(id));
    }

    public ImportJobView job(long id) {
        return jobs.view(id);
    }

    private void run(long id, ImportKind kind, ImportPlanner.Plan plan) {
        try {
            Map<Integer, Long> ids = writer.write(kind, plan.steps(), done -> jobs.progress(id, done));
            List<ImportRowResult> rows = plan.report().rows().stream().map(r -> new ImportRowResult(r.row(), r.action(),
                    ids.getOrDefault(r.row(), r.id()), r.key(), r.changedFields())).toList();
            ImportReport p = plan.report();
            jobs.finish(id, ImportJobStatus.SUCCEEDED, new ImportReport(p.kind(), p.fileName(), true, p.total(),
                    p.creates(), p.updates(), p.skips(), p.rejected(), rows, p.errors()), null);
        } catch (ImportWriter.RowRefused e) {
            jobs.finish(id, ImportJobStatus.FAILED, plan.report(), e.getMessage() + "; nothing was imported");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %d failed", id);
            jobs.finish(id, ImportJobStatus.FAILED, plan.report(), "An unexpected error stopped the import; nothing "
                    + "was imported");
        }
    }

    /** Runs {@code work} in a request context of its own, as {@code caller}: the services' scope and audit need one. */
    private void as(SecurityIdentity caller, Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            identities.setIdentity(caller);
            work.run();
        } finally {
            context.terminate();
        }
    }

    /** The upload's bytes: 400 when missing or empty, 413 when larger than {@link #MAX_BYTES}. */
    private static byte[] read(Upload upload) {
        if (upload == null || upload.path() == null) {
            throw ProblemException.invalid(ImportSheet.FIELD,
                    "is required: send the workbook as multipart/form-data field '" + ImportSheet.FIELD + "'");
        }
        if (upload.size() <= 0) {
            throw ProblemException.invalid(ImportSheet.FIELD, "is empty");
        }
        if (upload.size() > MAX_BYTES) {
            String message = "must be at most " + MAX_BYTES / (1024 * 1024) + " MB";
            throw new ProblemException(413, ProblemTypes.VALIDATION, "File too large", ImportSheet.FIELD + ": " + message,
                    List.of(new Problem.FieldError(ImportSheet.FIELD, message)));
        }
        try {
            return Files.readAllBytes(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
