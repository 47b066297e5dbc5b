package vn.ocop.registry.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/** Makes the database's search functions (migration V150) callable from HQL; see {@link Where#matches}. */
public class SearchFunctions implements FunctionContributor {
    /**
     * The query, made once per statement: a scalar subquery is an InitPlan, evaluated once even in the generic plan
     * that the driver switches to after five executions, where a plain f_search_query($1) outside an index condition
     * would be evaluated again for every row.
     */
    private static final String QUERY = "(select f_search_query(?2))";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        BasicType<Boolean> bool = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
        // search_matches(column, words): the column's document (a GIN expression index per searched column).
        functions.getFunctionRegistry().registerPattern("search_matches", "(f_search_doc(?1) @@ " + QUERY + ")", bool);
        // document_matches(column(alias.search), words): an entity's stored document (see Where#matchesDocument).
        functions.getFunctionRegistry().registerPattern("document_matches", "(?1 @@ " + QUERY + ")", bool);
    }
}
