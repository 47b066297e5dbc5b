package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricEliminationConditionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

/**
 * Reads and writes the content of rubric versions and sheets (parts, criteria, options, findings) for the
 * services and the import of the official sheets. Callers hold the transaction and have checked that the
 * version is a DRAFT; batch reads make a whole version cost a handful of queries.
 */
@ApplicationScoped
public class RubricContent {
    private static final String SOURCE_NOTE = "SOURCE_NOTE";

    private final EntityManager em;

    public RubricContent(EntityManager em) {
        this.em = em;
    }

    // ---- version header parts ----

    public List<RubricPartTotal> partTotals(long versionId) {
        return partTotals(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    public Map<Long, List<RubricPartTotal>> partTotals(Collection<Long> versionIds) {
        Map<Long, List<RubricPartTotal>> out = new HashMap<>();
        RubricVersionPart.<RubricVersionPart>list("rubricVersionId in ?1", Sort.by("position"), versionIds)
                .forEach(p -> out.computeIfAbsent(p.rubricVersionId, k -> new ArrayList<>())
                        .add(new RubricPartTotal(p.code, p.title, p.maxPoints)));
        return out;
    }

    public List<StarBand> starBands(long versionId) {
        return starBands(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    public Map<Long, List<StarBand>> starBands(Collection<Long> versionIds) {
        Map<Long, List<StarBand>> out = new HashMap<>();
        RubricStarBand.<RubricStarBand>list("rubricVersionId in ?1", Sort.by("minScore"), versionIds)
                .forEach(b -> out.computeIfAbsent(b.rubricVersionId, k -> new ArrayList<>())
                        .add(new StarBand(b.stars, b.minScore, b.maxScoreExclusive)));
        return out;
    }

    /** Replaces the official part totals and star bands of a draft. */
    public void writeHeader(long versionId, List<RubricPartTotal> parts, List<StarBand> bands) {
        RubricVersionPart.delete("rubricVersionId", versionId);
        RubricStarBand.delete("rubricVersionId", versionId);
        for (int i = 0; i < parts.size(); i++) {
            RubricVersionPart p = new RubricVersionPart();
            p.rubricVersionId = versionId;
            p.code = parts.get(i).code();
            p.title = parts.get(i).title();
            p.maxPoints = parts.get(i).maxPoints();
            p.position = i;
            p.persist();
        }
        for (StarBand s : bands) {
            RubricStarBand b = new RubricStarBand();
            b.rubricVersionId = versionId;
            b.stars = s.stars();
            b.minScore = s.minScore();
            b.maxScoreExclusive = s.maxScoreExclusive();
            b.persist();
        }
    }

    // ---- sheet content ----

    /** Each sheet's parts with their criteria and options, in sheet order. */
    public Map<Long, List<RubricSheetPartView>> parts(Collection<Long> sheetIds) {
        if (sheetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<RubricOptionView>> options = new HashMap<>();
        RubricOption.<RubricOption>list("rubricSheetId in ?1", Sort.by("criterionId").and("position"), sheetIds)
                .forEach(o -> options.computeIfAbsent(o.criterionId, k -> new ArrayList<>())
                        .add(new RubricOptionView(o.id, o.text, o.points, o.requiredForStars, o.caseLabel, o.note)));
        Map<Long, List<RubricCriterionView>> criteria = new HashMap<>();
        RubricCriterion.<RubricCriterion>list("rubricSheetId in ?1", Sort.by("position"), sheetIds)
                .forEach(c -> criteria.computeIfAbsent(c.partId, k -> new ArrayList<>())
                        .add(new RubricCriterionView(c.id, c.code,
                                c.sourceNumber, c.groupName, c.groupMaxPoints, c.text, c.maxPoints, starMinimums(c),
                                c.notes == null ? List.of() : List.of(c.notes.split("\n")),
                                options.getOrDefault(c.id, List.of()))));
        Map<Long, List<RubricSheetPartView>> out = new LinkedHashMap<>();
        RubricSheetPart.<RubricSheetPart>list("rubricSheetId in ?1", Sort.by("position"), sheetIds)
                .forEach(p -> out.computeIfAbsent(p.rubricSheetId, k -> new ArrayList<>())
                        .add(RubricSheetPartView.of(p.code, p.title, p.maxPoints, criteria.getOrDefault(p.id, List.of()))));
        return out;
    }

    public List<RubricSheetPartView> parts(long sheetId) {
        return parts(List.of(sheetId)).getOrDefault(sheetId, List.of());
    }

    public Map<Long, List<RubricEliminationConditionView>> eliminationConditions(Collection<Long> sheetIds) {
        Map<Long, List<RubricEliminationConditionView>> out = new HashMap<>();
        if (!sheetIds.isEmpty()) {
            RubricEliminationCondition.<RubricEliminationCondition>list("rubricSheetId in ?1", Sort.by("position"), sheetIds)
                    .forEach(e -> out.computeIfAbsent(e.rubricSheetId, k -> new ArrayList<>())
                            .add(new RubricEliminationConditionView(e.id, e.text)));
        }
        return out;
    }

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
        saveFindings(sheet.rubricVersionId, sheet.id, notes, 0);
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
        Map<Long, List<RubricSheetPartView>> parts = parts(ids);
        Map<Long, List<RubricEliminationConditionView>> conditions = eliminationConditions(ids);
        Map<Long, List<RubricFindingView>> findings = sheetFindings(ids);
        for (RubricSheet from : sheets) {
            RubricSheetDocument doc = RubricSheetDocument.of(from, parts.getOrDefault(from.id, List.of()),
                    conditions.getOrDefault(from.id, List.of()));
            RubricSheet copy = new RubricSheet();
            copy.rubricVersionId = to.id;
            applyInfo(copy, from.productSetId, doc.sheet());
            copy.touch(actor);
            copy.persist();
            write(copy, doc);
            saveFindings(to.id, copy.id, findings.getOrDefault(from.id, List.of()).stream()
                    .filter(f -> f.severity() == FindingSeverity.WARNING).toList(), 0);
        }
    }

    // ---- findings ----

    /** The findings about each version itself (not its sheets). */
    public Map<Long, List<RubricFindingView>> versionFindings(Collection<Long> versionIds) {
        return group(RubricFinding.list("rubricVersionId in ?1 and rubricSheetId is null", Sort.by("position"), versionIds),
                f -> f.rubricVersionId);
    }

    /** Each sheet's findings, errors first. */
    public Map<Long, List<RubricFindingView>> sheetFindings(Collection<Long> sheetIds) {
        if (sheetIds.isEmpty()) {
            return Map.of();
        }
        return group(RubricFinding.list("rubricSheetId in ?1", Sort.by("severity").and("position"), sheetIds),
                f -> f.rubricSheetId);
    }

    /** Each sheet's findings and those of its version (part totals, bands), errors first: what scoring on it inherits. */
    public Map<Long, List<RubricFindingView>> sheetAndVersionFindings(Collection<Long> sheetIds) {
        if (sheetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> versionOf = new HashMap<>();
        em.createQuery("select s.id, s.rubricVersionId from RubricSheet s where s.id in :ids", Object[].class)
                .setParameter("ids", sheetIds).getResultList().forEach(r -> versionOf.put((Long) r[0], (Long) r[1]));
        Map<Long, List<RubricFindingView>> own = sheetFindings(sheetIds);
        Map<Long, List<RubricFindingView>> ofVersion = versionFindings(Set.copyOf(versionOf.values()));
        Map<Long, List<RubricFindingView>> out = new HashMap<>();
        versionOf.forEach((sheet, version) -> {
            List<RubricFindingView> all = new ArrayList<>(own.getOrDefault(sheet, List.of()));
            all.addAll(ofVersion.getOrDefault(version, List.of()));
            all.sort(Comparator.comparing(RubricFindingView::severity));
            out.put(sheet, all);
        });
        return out;
    }

    private static Map<Long, List<RubricFindingView>> group(List<RubricFinding> rows, Function<RubricFinding, Long> key) {
        Map<Long, List<RubricFindingView>> out = new HashMap<>();
        rows.forEach(f -> out.computeIfAbsent(key.apply(f), k -> new ArrayList<>())
                .add(new RubricFindingView(f.severity, f.code, f.subject, f.message, f.acceptedAt != null, f.acceptedBy,
                        f.acceptedAt, f.acceptanceReason)));
        return out;
    }

    /** Re-runs the validator on the version itself and on the given sheets, replacing their ERROR findings. */
    public void revalidate(RubricVersion v, Collection<Long> sheetIds) {
        List<RubricPartTotal> official = partTotals(v.id);
        long sheetCount = RubricSheet.count("rubricVersionId", v.id);
        RubricFinding.delete("rubricVersionId = ?1 and rubricSheetId is null", v.id);
        saveFindings(v.id, null, RubricValidator.validateVersion(official, starBands(v.id), sheetCount), 0);
        if (sheetIds.isEmpty()) {
            return;
        }
        RubricFinding.delete("rubricSheetId in ?1 and severity = ?2", sheetIds, FindingSeverity.ERROR);
        Map<Long, Long> noteCounts = new HashMap<>();
        em.createQuery("select f.rubricSheetId, count(f) from RubricFinding f where f.rubricSheetId in :ids "
                + "group by f.rubricSheetId", Object[].class).setParameter("ids", sheetIds).getResultList()
                .forEach(r -> noteCounts.put((Long) r[0], (Long) r[1]));
        Map<Long, List<RubricSheetPartView>> parts = parts(sheetIds);
        for (Long sheetId : sheetIds) {
            List<RubricFindingView> errors = RubricValidator.validateSheet(official, parts.getOrDefault(sheetId, List.of()));
            saveFindings(v.id, sheetId, errors, noteCounts.getOrDefault(sheetId, 0L).intValue());
        }
    }

    public List<Long> sheetIds(long versionId) {
        return em.createQuery("select s.id from RubricSheet s where s.rubricVersionId = :v order by s.number", Long.class)
                .setParameter("v", versionId).getResultList();
    }

    private static void saveFindings(long versionId, Long sheetId, List<RubricFindingView> findings, int firstPosition) {
        for (int i = 0; i < findings.size(); i++) {
            RubricFindingView f = findings.get(i);
            RubricFinding row = new RubricFinding();
            row.rubricVersionId = versionId;
            row.rubricSheetId = sheetId;
            row.severity = f.severity();
            row.code = f.code();
            row.subject = f.subject().length() > 300 ? f.subject().substring(0, 300) : f.subject();
            row.message = f.message().length() > 1000 ? f.message().substring(0, 999) + "…" : f.message();
            row.position = firstPosition + i;
            row.persist();
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
        c.text = Text.clean(dc.text());
        c.maxPoints = dc.maxPoints();
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

    private static Map<Integer, Integer> starMinimums(RubricCriterion c) {
        Map<Integer, Integer> m = new TreeMap<>();
        if (c.star3MinPoints != null) {
            m.put(3, c.star3MinPoints);
        }
        if (c.star4MinPoints != null) {
            m.put(4, c.star4MinPoints);
        }
        if (c.star5MinPoints != null) {
            m.put(5, c.star5MinPoints);
        }
        return m;
    }
}
