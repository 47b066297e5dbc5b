package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.rubric.RubricDtos.RubricPublishRequest;

/**
 * Publishing a version that carries ERROR findings is a deliberate act: the request names the code of every
 * ERROR finding and gives a reason (the seed does the same, from its manifest). Pure, for the publish path.
 */
final class FindingAcceptance {
    private FindingAcceptance() {
    }

    /** An ERROR finding and where the problem names it ("version", "sheets[7].C"). */
    record Located(String where, String code, String message) {
    }

    static final RubricPublishRequest NONE = new RubricPublishRequest(null, null);

    /** The ERROR findings the request does not accept, as field errors; publishing waits until this is empty. */
    static List<Problem.FieldError> unaccepted(List<Located> errors, RubricPublishRequest req) {
        Set<String> accepted = codes(req);
        return errors.stream().filter(f -> !accepted.contains(f.code()))
                .map(f -> new Problem.FieldError(f.where(), f.message())).toList();
    }

    /** The distinct codes of the findings, sorted: what a request must list to accept them all. */
    static String codesOf(List<Located> errors) {
        return errors.stream().map(Located::code).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    /** What is wrong with the acceptance itself: a code that no ERROR finding has, or no reason. */
    static List<Problem.FieldError> requestProblems(List<Located> errors, RubricPublishRequest req) {
        List<Problem.FieldError> problems = new ArrayList<>();
        Set<String> present = errors.stream().map(Located::code).collect(Collectors.toSet());
        List<String> listed = req.acceptedFindings() == null ? List.of() : req.acceptedFindings();
        for (int i = 0; i < listed.size(); i++) {
            if (!present.contains(listed.get(i).trim())) {
                problems.add(new Problem.FieldError("acceptedFindings[" + i + "]", "no ERROR finding of this version "
                        + "has code " + listed.get(i).trim() + "; its ERROR findings are " + codesOf(errors)));
            }
        }
        if (!listed.isEmpty() && (req.reason() == null || req.reason().isBlank())) {
            problems.add(new Problem.FieldError("reason", "say why the version is published with these findings"));
        }
        return problems;
    }

    private static Set<String> codes(RubricPublishRequest req) {
        return req.acceptedFindings() == null
                ? Set.of()
                : req.acceptedFindings().stream().map(String::trim).collect(Collectors.toSet());
    }
}
