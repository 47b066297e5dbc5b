package vn.ocop.registry.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds an HQL where-clause from the filters a caller actually gave; absent filters add nothing. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where and(String clause, String param, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** A clause with several parameters. */
    public Where and(String clause, Map<String, Object> clauseParams) {
        clauses.add(clause);
        params.putAll(clauseParams);
        return this;
    }

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /**
     * Search on the given expression, without regard to case or diacritics: every word of {@code text}
     * must start a word of it, so "gao long hiep hat ngoc rong" and "gạo hạt" find "Gạo Long Hiệp (Hạt
     * Ngọc Rồng)" while "ca" does not find "aca69792". Words are parsed by {@link SearchTerms}; a query
     * without any word finds nothing.
     */
    public Where matches(String expression, String param, String text) {
        return matchesAny(param, text, expression);
    }

    /** Like {@link #matches}, true when one of the expressions (e.g. a name or a description) holds every word. */
    public Where matchesAny(String param, String text, String... expressions) {
        Optional<List<String>> names = words(param, text);
        if (names.isEmpty()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add(allWords(expression, names.get()));
        }
        clauses.add("((" + String.join(") or (", alternatives) + "))");
        return this;
    }

    /**
     * Like {@link #matchesAny}, over columns of several entities: each is searched in a subquery on
     * its own table, so each uses its own trigram index (an OR across a join cannot).
     *
     * @param targets e.g. {@code "p.id", "Product", "name"} and {@code "pr.id", "Producer", "name"}
     */
    public Where matchesAnyOf(String param, String text, SearchTarget... targets) {
        Optional<List<String>> names = words(param, text);
        if (names.isEmpty()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (SearchTarget t : targets) {
            alternatives.add(t.id() + " in (select t.id from " + t.entity() + " t where "
                    + allWords("t." + t.column(), names.get()) + ")");
        }
        clauses.add("(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    /** An entity column searched by {@link #matchesAnyOf}, joined back through {@code id}. */
    public record SearchTarget(String id, String entity, String column) {
    }

    /**
     * Every word starts a word of the expression: the LIKE '%word%' is what the trigram index on
     * f_unaccent(column) serves, word_start rechecks the rows it finds (both escape the word, V80).
     */
    private static String allWords(String expression, List<String> names) {
        if (names.isEmpty()) {
            return "1 = 0";
        }
        String text = "f_unaccent(" + expression + ")";
        return String.join(" and ", names.stream()
                .map(name -> text + " like f_search_like(:" + name + ") and word_start(" + text + ", :" + name + ")")
                .toList());
    }

    /** Registers each word of {@code text} as a parameter and returns their names; empty when there is no query. */
    private Optional<List<String>> words(String param, String text) {
        return SearchTerms.words(param, text).map(words -> {
            List<String> names = new ArrayList<>();
            for (String word : words) {
                String name = param + names.size();
                params.put(name, word);
                names.add(name);
            }
            return names;
        });
    }

    public String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
