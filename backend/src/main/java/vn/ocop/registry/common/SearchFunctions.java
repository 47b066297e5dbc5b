package vn.ocop.registry.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/** Makes the database's f_unaccent (migration V1) callable from HQL as a string function. */
public class SearchFunctions implements FunctionContributor {
    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("f_unaccent", "f_unaccent(?1)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
    }
}
