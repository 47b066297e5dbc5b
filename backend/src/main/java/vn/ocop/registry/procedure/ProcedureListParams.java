package vn.ocop.registry.procedure;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query filters of the procedure list; {@link #parse} turns them into the typed filter, a bad value being a 400 naming
 * the parameter.
 */
public class ProcedureListParams {
    @QueryParam("legalBasisCode")
    @Parameter(example = "DECISION_26_2026")
    public String legalBasisCode;

    ProcedureFilter parse() {
        return new ProcedureFilter(legalBasisCode);
    }
}
