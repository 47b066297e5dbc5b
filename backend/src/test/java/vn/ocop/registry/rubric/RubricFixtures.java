package vn.ocop.registry.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

/** The bundled official sheets as the pure rules see them, with made-up ids (criterion k → options k*100+j). */
final class RubricFixtures {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static final List<StarBand> BANDS = List.of(band(1, "0", "30"), band(2, "30", "50"), band(3, "50", "70"),
            band(4, "70", "90"), band(5, "90", null));
    static final List<RubricPartTotal> PARTS_1048 = parts(35, 25, 40);
    static final List<RubricPartTotal> PARTS_148 = parts(40, 25, 35);

    private RubricFixtures() {
    }

    static StarBand band(int stars, String min, String maxExclusive) {
        return new StarBand(stars, new BigDecimal(min), maxExclusive == null ? null : new BigDecimal(maxExclusive));
    }

    static List<RubricPartTotal> parts(int a, int b, int c) {
        return List.of(new RubricPartTotal("A", "Sản phẩm và sức mạnh của cộng đồng", a),
                new RubricPartTotal("B", "Khả năng tiếp thị", b), new RubricPartTotal("C", "Chất lượng sản phẩm", c));
    }

    static RubricSheetDocument document(String file) {
        return JSON.convertValue(read(file), RubricSheetDocument.class);
    }

    /** Every sheet of a collection file, with its parseReliable flag. */
    static Map<RubricSheetDocument, Boolean> collection(String file) {
        Map<RubricSheetDocument, Boolean> out = new java.util.LinkedHashMap<>();
        read(file).get("sheets").forEach(n -> out.put(JSON.convertValue(n, RubricSheetDocument.class),
                n.path("parseReliable").asBoolean(false)));
        return out;
    }

    static List<RubricSheetPartView> sheet(String file) {
        return sheet(document(file));
    }

    static List<RubricSheetPartView> sheet(RubricSheetDocument doc) {
        List<RubricSheetPartView> parts = new ArrayList<>();
        long k = 1;
        for (RubricSheetDocument.RubricSheetDocumentPart p : doc.parts()) {
            List<RubricCriterionView> criteria = new ArrayList<>();
            for (RubricSheetDocument.RubricSheetDocumentCriterion c : p.criteria()) {
                List<RubricOptionView> options = new ArrayList<>();
                for (int j = 0; j < c.options().size(); j++) {
                    RubricSheetDocument.RubricSheetDocumentOption o = c.options().get(j);
                    options.add(new RubricOptionView(k * 100 + j, o.text(), o.points(), o.requiredForStars(), o.caseLabel(),
                            o.note()));
                }
                criteria.add(new RubricCriterionView(k++, c.code(), c.sourceNumber(), c.group(), c.groupMaxPoints(), c.text(),
                        c.maxPoints(), c.starMinimums() == null ? Map.of() : new TreeMap<>(c.starMinimums()),
                        c.notes() == null ? List.of() : c.notes(), options));
            }
            parts.add(RubricSheetPartView.of(p.code(), p.title(), p.maxPoints(), criteria));
        }
        return parts;
    }

    static RubricCriterionView criterion(List<RubricSheetPartView> sheet, String code) {
        return sheet.stream().flatMap(p -> p.criteria().stream()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The option ids giving each criterion its best points, except the given criteria: the option with those points. */
    static List<Long> choose(List<RubricSheetPartView> sheet, Map<String, Integer> pointsByCode) {
        List<Long> ids = new ArrayList<>();
        for (RubricSheetPartView p : sheet) {
            for (RubricCriterionView c : p.criteria()) {
                Integer wanted = pointsByCode.get(c.code());
                RubricOptionView pick = null;
                for (RubricOptionView o : c.options()) {
                    boolean better = pick == null || o.points() > pick.points();
                    if (o.points() != null && (wanted == null ? better : o.points().equals(wanted))) {
                        pick = o;
                    }
                }
                ids.add(pick.id());
            }
        }
        return ids;
    }

    private static JsonNode read(String file) {
        try (InputStream in = RubricFixtures.class.getClassLoader().getResourceAsStream("rubrics/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
