package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.rubric.RubricDtos.RubricEliminationConditionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/**
 * Writes sheet documents (the official sheets, an edited sheet, a copied version) into rubric sheets: parts,
 * criteria, options, elimination conditions and the document's source notes. Callers hold the transaction and
 * have checked that the version is a DRAFT; {@link RubricContent} reads what this writes.
 */
@ApplicationScoped
public class RubricSheetWriter {
    private static final String SOURCE_NOTE = "SOURCE_NOTE";

    @Inject
    RubricContent content;

    /** Sets a sheet's header from a document (the caller has resolved the product set of its number). */
    public static void applyInfo(RubricSheet s, long productSetId, RubricSheetDocument.RubricSheetDocumentInfo info) {
        s.productSetId = productSetId;
        s.number = info.number();
        s.name = Text.clean(info.name());
        s.industry = Text.clean(info.industry());
        s.groupName = Text.clean(info.group());
        s.managingMinistry = Text.clean(info.managingMinistry());
    }

    /** Writes a document into an empty sheet; the document's reliability notes become WARNING findings. */
    public void write(RubricSheet sheet, RubricSheetDocument doc) {
        List<RubricCriterion> criteria = new ArrayList<>();
        List<RubricOption> options = new ArrayList<>();
        List<RubricFindingView> notes = new ArrayList<>();
        int criterionPosition = 0;
        for (int i = 0; i < doc.parts().size(); i++) {
            RubricSheetDocument.RubricSheetDocumentPart dp = doc.parts().get(i);
            RubricSheetPart p = new RubricSheetPart();
            p.rubricSheetId = sheet.id;
            p.code = dp.code();
            p.title = Text.clean(dp.title());
            p.maxPoints = dp.maxPoints();
            p.position = i;
            p.persist();
            if (dp.issues() != null) {
                dp.issues().forEach(issue -> notes.add(new RubricFindingView(FindingSeverity.WARNING, SOURCE_NOTE, dp.code(),
                        "part " + dp.code() + ": " + issue)));
            }
            for (RubricSheetDocument.RubricSheetDocumentCriterion dc : dp.criteria()) {
                criteria.add(criterion(sheet.id, p.id, dc, criterionPosition++));
                if (dc.issues() != null) {
                    dc.issues()
                            .forEach(issue -> notes.add(new RubricFindingView(FindingSeverity.WARNING, SOURCE_NOTE, dc.code(),
                                    dc.code() + ": " + issue)));
                }
            }
        }
        // Persisting table by table keeps the JDBC batches whole; ids come from the sequences at persist().
        criteria.forEach(c -> c.persist());
        int k = 0;
        for (RubricSheetDocument.RubricSheetDocumentPart dp : doc.parts()) {
            for (RubricSheetDocument.RubricSheetDocumentCriterion dc : dp.criteria()) {
                RubricCriterion c = criteria.get(k++);
                for (int j = 0; j < dc.options().size(); j++) {
                    RubricSheetDocument.RubricSheetDocumentOption d = dc.options().get(j);
                    options.add(option(sheet.id, c.id, d, j));
                    if (d.issue() != null) {
                        notes.add(new RubricFindingView(FindingSeverity.WARNING, SOURCE_NOTE, dc.code(),
                                dc.code() + ", option " + (j + 1) + ": " + d.issue()));
                    }
                }
            }
        }
        options.forEach(o -> o.persist());
        List<String> conditions = doc.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            RubricEliminationCondition e = new RubricEliminationCondition();
            e.rubricSheetId = sheet.id;
            e.position = i;
            e.text = Text.clean(conditions.get(i));
            e.persist();
        }
        RubricContent.saveFindings(sheet.rubricVersionId, sheet.id, notes, 0);
    }

    /** Removes a sheet's content (not the sheet), ready for {@link #write}. */
    public void clear(long sheetId) {
        RubricFinding.delete("rubricSheetId", sheetId);
        RubricEliminationCondition.delete("rubricSheetId", sheetId);
        RubricOption.delete("rubricSheetId", sheetId);
        RubricCriterion.delete("rubricSheetId", sheetId);
        RubricSheetPart.delete("rubricSheetId", sheetId);
    }

    /** Copies every sheet of one version into an empty draft, source notes included. */
    public void copySheets(long fromVersionId, RubricVersion to, String actor) {
        List<RubricSheet> sheets = RubricSheet.list("rubricVersionId", Sort.by("number"), fromVersionId);
        List<Long> ids = sheets.stream().map(s -> s.id).toList();
        Map<Long, List<RubricSheetPartView>> parts = content.parts(ids);
        Map<Long, List<RubricEliminationConditionView>> conditions = content.eliminationConditions(ids);
        Map<Long, List<RubricFindingView>> findings = content.sheetFindings(ids);
        for (RubricSheet from : sheets) {
            RubricSheetDocument doc = RubricSheetDocument.of(from, parts.getOrDefault(from.id, List.of()),
                    conditions.getOrDefault(from.id, List.of()));
            RubricSheet copy = new RubricSheet();
            copy.rubricVersionId = to.id;
            applyInfo(copy, from.productSetId, doc.sheet());
            copy.touch(actor);
            copy.persist();
            write(copy, doc);
            RubricContent.saveFindings(to.id, copy.id, findings.getOrDefault(from.id, List.of()).stream()
                    .filter(f -> f.severity() == FindingSeverity.WARNING).toList(), 0);
        }
    }

    private static RubricCriterion criterion(long sheetId, long partId, RubricSheetDocument.RubricSheetDocumentCriterion dc,
            int position) {
        RubricCriterion c = new RubricCriterion();
        c.rubricSheetId = sheetId;
        c.partId = partId;
        c.code = dc.code();
        c.sourceNumber = Text.clean(dc.sourceNumber());
        c.groupName = Text.clean(dc.group());
        c.groupMaxPoints = dc.groupMaxPoints();
        c.subgroup = Text.clean(dc.subgroup());
        c.subgroupMaxPoints = dc.subgroupMaxPoints();
        c.text = Text.clean(dc.text());
        c.maxPoints = dc.maxPoints();
        c.scoringRule = dc.scoringRule() == null ? ScoringRule.ONE_OPTION : dc.scoringRule();
        Map<Integer, Integer> minimums = dc.starMinimums() == null ? Map.of() : dc.starMinimums();
        c.star3MinPoints = minimums.get(3);
        c.star4MinPoints = minimums.get(4);
        c.star5MinPoints = minimums.get(5);
        c.notes = dc.notes() == null || dc.notes().isEmpty()
                ? null
                : Text.clean(String.join("\n", dc.notes().stream().map(Text::clean).toList()));
        c.position = position;
        return c;
    }

    private static RubricOption option(long sheetId, long criterionId, RubricSheetDocument.RubricSheetDocumentOption d,
            int position) {
        RubricOption o = new RubricOption();
        o.rubricSheetId = sheetId;
        o.criterionId = criterionId;
        o.position = position;
        o.text = Text.clean(d.text());
        o.points = d.points();
        o.requiredForStars = d.requiredForStars();
        o.caseLabel = Text.clean(d.caseLabel());
        o.note = Text.clean(d.note());
        return o;
    }
}
