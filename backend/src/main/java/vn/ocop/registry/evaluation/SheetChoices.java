package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.evaluation.SheetDtos.ScoreChoiceInput;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/**
 * A member's choices against their sheet: each names a criterion of the sheet and one of that criterion's own
 * options. What remains (one option per criterion, one case of 1048's criterion 3.2) is {@code SheetTotals}'.
 */
final class SheetChoices {
    private SheetChoices() {
    }

    /** The chosen option ids, or the errors naming each bad choice (empty when there are none). */
    record Checked(List<Long> optionIds, List<Problem.FieldError> errors) {
    }

    static Checked check(List<RubricSheetPartView> sheet, List<ScoreChoiceInput> choices) {
        Map<Long, RubricCriterionView> criteria = new HashMap<>();
        Map<Long, RubricCriterionView> criterionOfOption = new HashMap<>();
        for (RubricSheetPartView p : sheet) {
            for (RubricCriterionView c : p.criteria()) {
                criteria.put(c.id(), c);
                for (RubricOptionView o : c.options()) {
                    criterionOfOption.put(o.id(), c);
                }
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Long> optionIds = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ScoreChoiceInput choice = choices.get(i);
            RubricCriterionView criterion = criteria.get(choice.criterionId());
            RubricCriterionView owner = criterionOfOption.get(choice.optionId());
            if (criterion == null) {
                errors.add(new Problem.FieldError("choices[" + i + "].criterionId", "criterion " + choice.criterionId()
                        + " is not on this sheet"));
            } else if (owner == null) {
                errors.add(new Problem.FieldError("choices[" + i + "].optionId", "option " + choice.optionId()
                        + " is not on this sheet"));
            } else if (!owner.id().equals(criterion.id())) {
                errors.add(new Problem.FieldError("choices[" + i + "].optionId", "option " + choice.optionId()
                        + " belongs to criterion " + owner.code() + ", not " + criterion.code()));
            } else {
                optionIds.add(choice.optionId());
            }
        }
        return new Checked(optionIds, errors);
    }
}
