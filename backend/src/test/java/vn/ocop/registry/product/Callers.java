package vn.ocop.registry.product;

import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The callers of the access matrices and what each may do with rows of Thành phố Trà Vinh (842):
 * the Cầu Kè (845) officer and council member are the "other district".
 */
public final class Callers {
    private Callers() {
    }

    /** user → status of reading one Trà Vinh row. */
    public static Stream<Arguments> readers() {
        return Stream.of(Arguments.of(OFFICE, 200), Arguments.of(PC, 200), Arguments.of(DC_TRAVINH, 200),
                Arguments.of(DC_CAUKE, 403), Arguments.of(DO_TRAVINH, 200), Arguments.of(DO_CAUKE, 403),
                Arguments.of(INTEGRATOR, 200), Arguments.of(ANONYMOUS, 401));
    }

    /** Like {@link #readers()} for what only staff read (history, evidence scans): not integrators. */
    public static Stream<Arguments> staffReaders() {
        return readers().map(a -> INTEGRATOR.equals(a.get()[0]) ? Arguments.of(INTEGRATOR, 403) : a);
    }

    /** user → whether they may write Trà Vinh rows. */
    public static Stream<Arguments> writers() {
        return Stream.of(Arguments.of(OFFICE, true), Arguments.of(DO_TRAVINH, true), Arguments.of(PC, false),
                Arguments.of(DC_TRAVINH, false), Arguments.of(DC_CAUKE, false), Arguments.of(DO_CAUKE, false),
                Arguments.of(INTEGRATOR, false), Arguments.of(ANONYMOUS, false));
    }

    public static Stream<Arguments> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS).map(Arguments::of);
    }

    /** What a refused caller gets. */
    public static int refused(String user) {
        return ANONYMOUS.equals(user) ? 401 : 403;
    }

    /** Lists answer every signed-in caller (scoped to what they may see). */
    public static int listStatus(String user) {
        return ANONYMOUS.equals(user) ? 401 : 200;
    }
}
