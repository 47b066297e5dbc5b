package vn.ocop.registry.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/** Makes the database's search functions (migrations V1, V80) callable from HQL; see {@link Where#matches}. */
public class SearchFunctions implements FunctionContributor {
    @Override
    public void contributeFunctions(FunctionContributions functions) {
        BasicType<String> string = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING);
        BasicType<Boolean> bool = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
        functions.getFunctionRegistry().registerPattern("f_unaccent", "f_unaccent(?1)", string);
        functions.getFunctionRegistry().registerPattern("f_search_like", "f_search_like(?1)", string);
        // HQL has no regex operator: word_start(unaccented text, query word) is the word-start recheck.
        functions.getFunctionRegistry().registerPattern("word_start", "(?1 ~ f_search_word_start(?2))", bool);
    }
}
