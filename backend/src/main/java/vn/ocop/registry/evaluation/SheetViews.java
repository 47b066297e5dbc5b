package vn.ocop.registry.evaluation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.registry.evaluation.SheetDtos.ScoreChoiceView;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetView;
import vn.ocop.registry.rubric.RubricContent;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.SheetTotals;

/** Views of score sheets: entries, choices, rubric content and recusals in one query each, whatever the page size. */
@ApplicationScoped
public class SheetViews {
    @Inject
    RubricContent content;

    ScoreSheetView of(ScoreSheet s) {
        return of(List.of(s)).get(s.id);
    }

    Map<Long, ScoreSheetView> of(List<ScoreSheet> sheets) {
        if (sheets.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = sheets.stream().map(s -> s.id).toList();
        Set<Long> entryIds = sheets.stream().map(s -> s.entryId).collect(Collectors.toSet());
        Map<Long, EvaluationEntry> entries = EvaluationEntry.<EvaluationEntry>list("id in ?1", entryIds).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Long> rubricSheetIds = entries.values().stream().map(e -> e.rubricSheetId).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, List<RubricSheetPartView>> parts = content.parts(rubricSheetIds);
        Map<Long, List<RubricFindingView>> findings = content.sheetAndVersionFindings(rubricSheetIds);
        Map<Long, List<ScoreChoice>> choices = ScoreChoice.<ScoreChoice>list("sheetId in ?1", ids).stream()
                .collect(Collectors.groupingBy(c -> c.sheetId));
        Set<String> recused = new HashSet<>();
        EntryRecusal.<EntryRecusal>list("entryId in ?1", entryIds).forEach(r -> recused.add(r.entryId + "/" + r.username));
        Map<Long, ScoreSheetView> out = new HashMap<>();
        for (ScoreSheet s : sheets) {
            EvaluationEntry e = entries.get(s.entryId);
            out.put(s.id, view(s, e, parts.getOrDefault(e.rubricSheetId, List.of()),
                    findings.getOrDefault(e.rubricSheetId, List.of()), choices.getOrDefault(s.id, List.of()),
                    recused.contains(s.entryId + "/" + s.memberUsername)));
        }
        return out;
    }

    /** The view of a sheet whose entry, choices and member's recusal the caller has at hand (the rubric is in memory). */
    ScoreSheetView of(ScoreSheet s, EvaluationEntry e, List<ScoreChoice> chosen, boolean recused) {
        List<Long> rubric = e.rubricSheetId == null ? List.of() : List.of(e.rubricSheetId);
        return view(s, e, content.parts(rubric).getOrDefault(e.rubricSheetId, List.of()),
                content.sheetAndVersionFindings(rubric).getOrDefault(e.rubricSheetId, List.of()), chosen, recused);
    }

    private static ScoreSheetView view(ScoreSheet s, EvaluationEntry e, List<RubricSheetPartView> sheetParts,
            List<RubricFindingView> findings, List<ScoreChoice> chosen, boolean recused) {
        Map<Long, String> codes = criterionCodes(sheetParts);
        List<ScoreChoiceView> choiceViews = chosen.stream()
                .map(c -> new ScoreChoiceView(c.criterionId, codes.get(c.criterionId), c.optionId, c.points))
                .sorted(Comparator.comparing(ScoreChoiceView::criterionId)).toList();
        List<String> unanswered = SheetTotals.compute(sheetParts, chosen.stream().map(c -> c.optionId).toList())
                .unanswered();
        return new ScoreSheetView(s.id, s.entryId, e.roundId, e.rubricSheetId, s.memberUsername, s.status, choiceViews,
                s.partTotals, s.total, unanswered, s.comment, recused, findings, s.submittedAt, s.version, s.createdAt,
                s.updatedAt);
    }

    static Map<Long, String> criterionCodes(List<RubricSheetPartView> parts) {
        Map<Long, String> codes = new HashMap<>();
        parts.forEach(p -> p.criteria().forEach(c -> codes.put(c.id(), c.code())));
        return codes;
    }
}
