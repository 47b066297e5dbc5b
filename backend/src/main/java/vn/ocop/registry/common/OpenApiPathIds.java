package vn.ocop.registry.common;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/** Documents what {@link PathParameterCheck} enforces: a numeric path parameter is an id, 1 or more. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiPathIds implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null
                && parameter.getSchema().getType() != null
                && parameter.getSchema().getType().contains(Schema.SchemaType.INTEGER)) {
            parameter.getSchema().setMinimum(BigDecimal.ONE);
        }
        return parameter;
    }
}
