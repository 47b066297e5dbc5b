package vn.ocop.registry.common;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A list names its sortable fields once, on its operation:
 * {@code @Operation(extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, name"))} (inside
 * {@code @Operation}: SmallRye files a method-level extension under the responses once they are declared), the keys
 * of the map its service resolves the order with. This filter turns that into the documentation of the list's {@code sort} parameter: the fields in its
 * description, a pattern only they match, and the fields as {@code x-sort-fields} for clients that build sort menus.
 * ListQueryParamsTest proves that the documented fields are exactly those the server accepts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiSortFields implements OASFilter {
    public static final String EXTENSION = "x-sort-fields";

    @Override
    public Operation filterOperation(Operation op) {
        Object declared = op.getExtensions() == null ? null : op.getExtensions().get(EXTENSION);
        if (declared == null) {
            return op;
        }
        op.removeExtension(EXTENSION);
        List<String> fields = Arrays.stream(declared.toString().split(",")).map(String::trim).toList();
        String field = "[-+]?(" + String.join("|", fields) + ")";
        op.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && "sort".equals(p.getName()))
                .forEach(sort -> {
                    sort.description(sort.getDescription() + ". Sortable fields: " + String.join(", ", fields) + ".");
                    sort.getSchema().pattern("^" + field + "(," + field + ")*$");
                    sort.addExtension(EXTENSION, fields);
                });
        return op;
    }
}
