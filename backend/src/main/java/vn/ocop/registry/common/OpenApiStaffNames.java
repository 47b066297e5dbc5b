package vn.ocop.registry.common;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says in the contract, on every field that names a person ({@link StaffNames#PERSON_FIELD}), what integrators and
 * the public read there instead of a username; fields that say it in their own words already are left as they are.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiStaffNames implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    if (StaffNames.PERSON_FIELD.matcher(name).matches() && namesAPerson(property)
                            && (property.getDescription() == null || !property.getDescription().contains("integrator"))) {
                        String own = property.getDescription();
                        property.setDescription(own == null
                                ? StaffNames.CONTRACT_NOTE
                                : own + (own.endsWith(".") ? " " : ". ") + StaffNames.CONTRACT_NOTE);
                    }
                });
            }
        });
    }

    private static boolean namesAPerson(Schema property) {
        return isString(property) || has(property, Schema.SchemaType.ARRAY) && property.getItems() != null
                && isString(property.getItems());
    }

    private static boolean isString(Schema s) {
        return has(s, Schema.SchemaType.STRING) && s.getFormat() == null && s.getEnumeration() == null;
    }

    private static boolean has(Schema s, Schema.SchemaType type) {
        List<Schema.SchemaType> types = s.getType();
        return types != null && types.contains(type);
    }
}
