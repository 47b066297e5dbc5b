package vn.ocop.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.certification.CertificationType;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.product.ProductStatus;
import vn.ocop.registry.productgroup.LegalBases;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.productgroup.ProductSet;

/**
 * The values of the choice columns, read from the reference data once per template or import: what the drop-downs
 * offer and what a cell may say. A cell matches an entry's label or its value (enum name, unit code, set id), without
 * regard to case or diacritics; a unit cell that starts with its code ("845 - Huyện Cầu Kè") is that code; a product
 * set given by its number alone is the set of that number under the legal basis in force today.
 */
@ApplicationScoped
class ImportChoices {
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{2,5})\\b");

    @Inject
    ProvinceClock clock;
    @Inject
    LegalBases legalBases;

    /** One entry of a list: what people read and choose, and the value a request gets. */
    record Choice(String label, String value) {
    }

    /** Needs a transaction: units and product sets come from the database. */
    Lists load() {
        LocalDate today = clock.today();
        Map<ImportLists, List<Choice>> lists = new EnumMap<>(ImportLists.class);
        lists.put(ImportLists.PRODUCER_TYPES, Stream.of(ProducerType.values())
                .map(t -> new Choice(t.label, t.name())).toList());
        lists.put(ImportLists.PRODUCT_STATUSES, Stream.of(ProductStatus.values())
                .map(s -> new Choice(s.label, s.name())).toList());
        lists.put(ImportLists.CERTIFICATION_TYPES, Stream.of(CertificationType.values())
                .map(t -> new Choice(t.label, t.name())).toList());
        List<AdminUnit> units = AdminUnit.list("type in ?1", List.of(AdminUnitType.CITY, AdminUnitType.TOWN,
                AdminUnitType.DISTRICT, AdminUnitType.COMMUNE, AdminUnitType.WARD, AdminUnitType.TOWNSHIP));
        lists.put(ImportLists.DISTRICTS, unitChoices(units.stream().filter(u -> u.type.isDistrictLevel())));
        lists.put(ImportLists.COMMUNES, unitChoices(units.stream()
                .filter(u -> u.type.isCommuneLevel() && u.isValidOn(today))));
        Map<String, String> decisions = LegalBasis.<LegalBasis>listAll().stream()
                .collect(Collectors.toMap(b -> b.code, b -> b.decisionNumber));
        List<ProductSet> sets = ProductSet.list("order by legalBasisCode, number");
        lists.put(ImportLists.PRODUCT_SETS, sets.stream().map(s -> new Choice(s.number + ". " + s.name + " ("
                + decisions.getOrDefault(s.legalBasisCode, s.legalBasisCode) + ")", String.valueOf(s.id))).toList());
        String basisToday = legalBases.inForceOn(today).map(b -> b.criteriaBasisCode).orElse(null);
        Map<String, String> setsToday = sets.stream().filter(s -> s.legalBasisCode.equals(basisToday))
                .collect(Collectors.toMap(s -> String.valueOf(s.number), s -> String.valueOf(s.id)));
        return new Lists(lists, setsToday);
    }

    /** One entry per code (a code reused over time shows its latest name). */
    private static List<Choice> unitChoices(Stream<AdminUnit> units) {
        Map<String, AdminUnit> latest = new LinkedHashMap<>();
        units.sorted(Comparator.comparing((AdminUnit u) -> u.code).thenComparing(u -> u.validFrom))
                .forEach(u -> latest.put(u.code, u));
        return latest.values().stream().map(u -> new Choice(u.code + " - " + u.name, u.code)).toList();
    }

    static final class Lists {
        private final Map<ImportLists, List<Choice>> entries;
        private final Map<ImportLists, Map<String, String>> byKey = new EnumMap<>(ImportLists.class);
        private final Map<String, String> setsToday;

        Lists(Map<ImportLists, List<Choice>> entries, Map<String, String> setsToday) {
            this.entries = entries;
            this.setsToday = setsToday;
            entries.forEach((list, choices) -> {
                Map<String, String> keys = new HashMap<>();
                for (Choice c : choices) {
                    keys.putIfAbsent(Headers.key(c.value()), c.value());
                    keys.putIfAbsent(Headers.key(c.label()), c.value());
                }
                byKey.put(list, keys);
            });
        }

        List<Choice> entries(ImportLists list) {
            return entries.get(list);
        }

        /** The value a cell names, or null when it names none of the list. */
        String resolve(ImportLists list, String cell) {
            if (list == ImportLists.DISTRICTS || list == ImportLists.COMMUNES) {
                Matcher code = LEADING_CODE.matcher(cell);
                if (code.find()) {
                    return code.group(1);
                }
            }
            if (list == ImportLists.PRODUCT_SETS && setsToday.containsKey(cell.strip())) {
                return setsToday.get(cell.strip());
            }
            return byKey.get(list).get(Headers.key(cell));
        }

        /** The labels to name in a message: "must be one of …". */
        String describe(ImportLists list) {
            List<String> labels = new ArrayList<>(entries.get(list).stream().map(Choice::label).toList());
            return labels.size() > 15
                    ? "a value of the list '" + list.title + "' in the template"
                    : "one of " + String.join(", ", labels);
        }
    }
}
