package vn.ocop.registry.imports;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.ProblemTypes;

public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(description = "What a commit does with a row: CREATE a record, UPDATE the record of the row's natural key, "
            + "SKIP it (the registry already holds what the row says), or nothing because the row is REJECTED (see "
            + "errors)")
    public enum ImportAction {
        CREATE, UPDATE, SKIP, REJECTED
    }

    public enum ImportJobStatus {
        RUNNING, SUCCEEDED, FAILED
    }

    @Schema(description = "One thing wrong in the file: the row and column as Excel shows them, the value found and "
            + "what is wrong with it")
    public record ImportError(
            @Schema(examples = "7", description = "The row number in the sheet (the header row counts)") int row,
            @Schema(nullable = true, examples = "C", description = "The column letter; null when the column is not in "
                    + "the file or the error is about the whole row") String column,
            @Schema(nullable = true, examples = "Mã số thuế", description = "The header as the file spells it, else the "
                    + "template's") String header,
            @Schema(nullable = true, examples = "taxCode", description = "The field of the API's request the column "
                    + "fills") String field,
            @Schema(nullable = true, examples = "0300588568", description = "The cell's value, as read") String value,
            @Schema(examples = "has a wrong check digit (10th digit)") String message) {
    }

    @Schema(description = "What a commit does (did) with one data row")
    public record ImportRowResult(
            @Schema(examples = "7") int row,
            @Schema(examples = "UPDATE") ImportAction action,
            @Schema(nullable = true, examples = "12", description = "The record updated or skipped; for a create, set "
                    + "once the commit created it") Long id,
            @Schema(examples = "0300588569", description = "The natural key the row was matched by") String key,
            @Schema(description = "For an UPDATE, the fields that change") List<String> changedFields) {
    }

    @Schema(description = "The result of checking (dry run) or importing a file, row by row. Blank optional cells keep "
            + "what the registry holds; a row's natural key decides between CREATE, UPDATE and SKIP.")
    public record ImportReport(
            @Schema(examples = "PRODUCERS") ImportKind kind,
            @Schema(nullable = true, examples = "chu-the.xlsx") String fileName,
            @Schema(description = "True when no row has an error: a commit would import every row") boolean valid,
            @Schema(examples = "120", description = "Data rows read (blank rows are left out)") int total,
            @Schema(examples = "100") int creates,
            @Schema(examples = "15") int updates,
            @Schema(examples = "5") int skips,
            @Schema(examples = "0") int rejected,
            List<ImportRowResult> rows,
            @Schema(description = "Every error, ordered by row and column") List<ImportError> errors) {
    }

    @Schema(description = "A commit refused because rows have errors (RFC 9457 problem details with the report); "
            + "nothing was imported")
    public record ImportRefusal(
            @Schema(examples = ProblemTypes.VALIDATION) String type,
            @Schema(examples = "The file has errors") String title,
            @Schema(examples = "422") int status,
            @Schema(examples = "3 errors in 2 rows; nothing was imported") String detail,
            @Schema(examples = "/api/v1/imports/producers") String instance,
            ImportReport report) {
    }

    @Schema(description = "An import being committed, kept in the database: progress while RUNNING, the report once "
            + "SUCCEEDED (all rows imported) or FAILED (none imported)")
    public record ImportJobView(
            @Schema(examples = "3") Long id,
            @Schema(examples = "PRODUCERS") ImportKind kind,
            @Schema(examples = "RUNNING") ImportJobStatus status,
            @Schema(nullable = true, examples = "chu-the.xlsx") String fileName,
            @Schema(examples = "5000", description = "Rows to write") int total,
            @Schema(examples = "1200", description = "Rows written so far (in the import's transaction: none is "
                    + "visible to others until all are)") int processed,
            @Schema(nullable = true, description = "Set once the job has finished") ImportReport report,
            @Schema(nullable = true, examples = "Row 7: Barcode 8934563138165 is already registered for a product",
                    description = "Why a FAILED job imported nothing") String failure,
            @Schema(examples = "office") String createdBy,
            Instant createdAt,
            @Schema(nullable = true) Instant finishedAt) {
    }
}
