package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
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
    @Inject
    EntityManager em;

    /** The content of sheets of PUBLISHED versions, frozen for ever: read once per sheet id, by any instance alike. */
    private final Map<Long, List<RubricSheetPartView>> publishedParts = new ConcurrentHashMap<>();
    private final Map<Long, List<RubricFindingView>> publishedFindings = new ConcurrentHashMap<>();

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

    /**
     * Each sheet's parts with their criteria and options, in sheet order. Those of a PUBLISHED version never change
     * (the freeze triggers refuse it), so they are read once and then served from memory; a draft's are read each time.
     */
    public Map<Long, List<RubricSheetPartView>> parts(Collection<Long> sheetIds) {
        Map<Long, List<RubricSheetPartView>> out = new LinkedHashMap<>();
        List<Long> unread = known(sheetIds, publishedParts, out);
        if (!unread.isEmpty()) {
            read(unread).forEach((id, parts) -> out.put(id, parts));
        }
        return out;
    }

    /** Copies the cached values of {@code ids} into {@code out}; returns the ids that are not cached. */
    private static <V> List<Long> known(Collection<Long> ids, Map<Long, V> cache, Map<Long, V> out) {
        List<Long> unread = new ArrayList<>();
        for (Long id : ids) {
            V value = cache.get(id);
            if (value == null) {
                unread.add(id);
            } else {
                out.put(id, value);
            }
        }
        return unread;
    }

    private Map<Long, List<RubricSheetPartView>> read(Collection<Long> sheetIds) {
        // The status first: content read after it was PUBLISHED is final.
        List<PartRow> partRows = em.createQuery("select new PartRow(p, v.status) from RubricSheetPart p, RubricSheet s, "
                + "RubricVersion v where s.id = p.rubricSheetId and v.id = s.rubricVersionId and p.rubricSheetId in :ids "
                + "order by p.position", PartRow.class).setParameter("ids", sheetIds).getResultList();
        Map<Long, List<RubricOptionView>> options = new HashMap<>();
        RubricOption.<RubricOption>list("rubricSheetId in ?1", Sort.by("criterionId").and("position"), sheetIds)
                .forEach(o -> options.computeIfAbsent(o.criterionId, k -> new ArrayList<>())
                        .add(new RubricOptionView(o.id, o.text, o.points, o.requiredForStars, o.caseLabel, o.note)));
        Map<Long, List<RubricCriterionView>> criteria = new HashMap<>();
        RubricCriterion.<RubricCriterion>list("rubricSheetId in ?1", Sort.by("position"), sheetIds)
                .forEach(c -> criteria.computeIfAbsent(c.partId, k -> new ArrayList<>())
                        .add(criterionView(c, List.copyOf(options.getOrDefault(c.id, List.of())))));
        Map<Long, List<RubricSheetPartView>> out = new LinkedHashMap<>();
        Set<Long> published = new HashSet<>();
        for (PartRow row : partRows) {
            RubricSheetPart p = row.part();
            out.computeIfAbsent(p.rubricSheetId, k -> new ArrayList<>()).add(RubricSheetPartView.of(p.code, p.title,
                    p.maxPoints, List.copyOf(criteria.getOrDefault(p.id, List.of()))));
            if (row.status() == RubricStatus.PUBLISHED) {
                published.add(p.rubricSheetId);
            }
        }
        out.replaceAll((id, parts) -> List.copyOf(parts));
        published.forEach(id -> publishedParts.put(id, out.get(id)));
        return out;
    }

    record PartRow(RubricSheetPart part, RubricStatus status) {
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

    record SheetVersion(long sheetId, long versionId, RubricStatus status) {
    }

    record FindingCount(long sheetId, long findings) {
    }

    /**
     * Each sheet's findings and those of its version (part totals, bands), errors first: what scoring on it inherits.
     * A PUBLISHED version's findings are final (accepted when it was published), so they are read once.
     */
    public Map<Long, List<RubricFindingView>> sheetAndVersionFindings(Collection<Long> sheetIds) {
        Map<Long, List<RubricFindingView>> out = new HashMap<>();
        List<Long> unread = known(sheetIds, publishedFindings, out);
        if (unread.isEmpty()) {
            return out;
        }
        List<SheetVersion> versions = em.createQuery("select new SheetVersion(s.id, s.rubricVersionId, v.status) "
                + "from RubricSheet s, RubricVersion v where v.id = s.rubricVersionId and s.id in :ids", SheetVersion.class)
                .setParameter("ids", unread).getResultList();
        Map<Long, List<RubricFindingView>> own = sheetFindings(unread);
        Map<Long, List<RubricFindingView>> ofVersion = versionFindings(
                versions.stream().map(SheetVersion::versionId).collect(Collectors.toSet()));
        for (SheetVersion sv : versions) {
            List<RubricFindingView> all = new ArrayList<>(own.getOrDefault(sv.sheetId(), List.of()));
            all.addAll(ofVersion.getOrDefault(sv.versionId(), List.of()));
            all.sort(Comparator.comparing(RubricFindingView::severity));
            List<RubricFindingView> findings = List.copyOf(all);
            out.put(sv.sheetId(), findings);
            if (sv.status() == RubricStatus.PUBLISHED) {
                publishedFindings.put(sv.sheetId(), findings);
            }
        }
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
        em.createQuery("select new FindingCount(f.rubricSheetId, count(f)) from RubricFinding f "
                + "where f.rubricSheetId in :ids group by f.rubricSheetId", FindingCount.class)
                .setParameter("ids", sheetIds).getResultList()
                .forEach(r -> noteCounts.put(r.sheetId(), r.findings()));
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

    static void saveFindings(long versionId, Long sheetId, List<RubricFindingView> findings, int firstPosition) {
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

    private static RubricCriterionView criterionView(RubricCriterion c, List<RubricOptionView> options) {
        return new RubricCriterionView(c.id, c.code, c.sourceNumber, c.groupName, c.groupMaxPoints, c.subgroup,
                c.subgroupMaxPoints, c.text, c.maxPoints, c.scoringRule, RubricCriterionView.casesOf(options), starMinimums(c),
                c.notes == null ? List.of() : List.of(c.notes.split("\n")), options);
    }

    private static Map<Integer, Integer> starMinimums(RubricCriterion c) {
        SortedMap<Integer, Integer> m = new TreeMap<>();
        if (c.star3MinPoints != null) {
            m.put(3, c.star3MinPoints);
        }
        if (c.star4MinPoints != null) {
            m.put(4, c.star4MinPoints);
        }
        if (c.star5MinPoints != null) {
            m.put(5, c.star5MinPoints);
        }
        return Collections.unmodifiableSortedMap(m);
    }
}
