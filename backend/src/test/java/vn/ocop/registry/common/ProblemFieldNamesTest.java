package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Validation errors name fields the way a client wrote them: lines[1].quantity, lines[2]. */
class ProblemFieldNamesTest {
    record Line(@NotNull @Positive Integer quantity) {
    }

    record Body(@NotBlank String number, @Valid List<@NotNull Line> lines) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void namesNestedListElementsByIndex() {
        Body body = new Body(" ", Arrays.asList(new Line(5), new Line(-1), null));
        List<String> fields = VALIDATOR.validate(body).stream().map(ProblemMappers::fieldOf).sorted().toList();
        assertEquals(List.of("lines[1].quantity", "lines[2]", "number"), fields);
    }
}
