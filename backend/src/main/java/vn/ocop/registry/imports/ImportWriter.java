package vn.ocop.registry.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import vn.ocop.registry.certification.CertificationDtos.CertificationRequest;
import vn.ocop.registry.certification.CertificationService;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.imports.ImportDtos.ImportAction;
import vn.ocop.registry.imports.ImportPlanner.Step;
import vn.ocop.registry.producer.ProducerDtos.ProducerRequest;
import vn.ocop.registry.producer.ProducerService;
import vn.ocop.registry.product.ProductDtos.ProductRequest;
import vn.ocop.registry.product.ProductService;

/**
 * Writes a checked plan in one transaction, all rows or none, through the services' create and update: their rules,
 * audit trail and entity listeners see each row as if it came through the API. An update names the version the check
 * read, so a record changed since then fails the import rather than being overwritten.
 */
@ApplicationScoped
class ImportWriter {
    static final int PROGRESS_EVERY = 100;

    @Inject
    EntityManager em;
    @Inject
    ProducerService producers;
    @Inject
    ProductService products;
    @Inject
    CertificationService certifications;

    /** A row refused at commit (the registry changed since the check); the import rolls back. */
    static final class RowRefused extends RuntimeException {
        final int row;
        final transient ProblemException refusal;

        RowRefused(int row, ProblemException refusal) {
            super("Row " + row + ": " + refusal.getMessage(), refusal);
            this.row = row;
            this.refusal = refusal;
        }
    }

    /** The ids of the records written, by row; {@code progress} hears how many rows are done every few rows. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    Map<Integer, Long> write(ImportKind kind, List<Step> steps, IntConsumer progress) {
        Map<Integer, Long> ids = new HashMap<>();
        int done = 0;
        for (Step step : steps) {
            if (step.action() != ImportAction.SKIP) {
                try {
                    ids.put(step.row(), write(kind, step));
                } catch (ProblemException e) {
                    throw new RowRefused(step.row(), e);
                }
            }
            if (++done % PROGRESS_EVERY == 0) {
                // Written rows are flushed already; a small persistence context keeps each flush cheap.
                em.flush();
                em.clear();
                progress.accept(done);
            }
        }
        return ids;
    }

    private Long write(ImportKind kind, Step step) {
        ExpectedVersion read = ExpectedVersion.of(String.valueOf(step.version()));
        Object req = step.request();
        boolean create = step.action() == ImportAction.CREATE;
        return switch (kind) {
            case PRODUCERS -> create
                    ? producers.create((ProducerRequest) req).id()
                    : producers.update(step.id(), read, (ProducerRequest) req).id();
            case PRODUCTS -> create
                    ? products.create((ProductRequest) req).id()
                    : products.update(step.id(), read, (ProductRequest) req).id();
            case CERTIFICATIONS -> create
                    ? certifications.create((CertificationRequest) req).id()
                    : certifications.update(step.id(), read, (CertificationRequest) req).id();
        };
    }
}
