package vn.ocop.registry.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an HQL where-clause from the filters a caller actually gave; absent filters add nothing. */
public final class Where {
    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}]+");
    private static final int MAX_WORDS = 16;
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
     * Accent- and case-insensitive search on the given expression: every word of {@code text} must
     * occur in it, so "gao long hiep hat ngoc rong" finds "Gạo Long Hiệp (Hạt Ngọc Rồng)". Each word is
     * a LIKE that the trigram indexes serve.
     */
    public Where matches(String expression, String param, String text) {
        return matchesAny(param, text, expression);
    }

    /** Like {@link #matches}, true when one of the expressions (e.g. a name or a description) holds every word. */
    public Where matchesAny(String param, String text, String... expressions) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> names = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(text.strip())) {
            if (!word.isEmpty() && names.size() < MAX_WORDS) {
                String name = param + names.size();
                params.put(name, escapeLike(word));
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add(String.join(" and ", names.stream().map(name -> "f_unaccent(" + expression
                    + ") like concat('%', f_unaccent(:" + name + "), '%')").toList()));
        }
        clauses.add("((" + String.join(") or (", alternatives) + "))");
        return this;
    }

    public String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
