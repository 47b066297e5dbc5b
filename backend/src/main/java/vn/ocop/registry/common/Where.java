package vn.ocop.registry.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Accent- and case-insensitive substring match on the given expression (uses the trigram indexes). */
    public Where matches(String expression, String param, String text) {
        return matchesAny(param, text, expression);
    }

    /** Like {@link #matches}, true when any of the expressions matches (e.g. a name or a description). */
    public Where matchesAny(String param, String text, String... expressions) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add("f_unaccent(" + expression + ") like concat('%', f_unaccent(:" + param + "), '%')");
        }
        return and("(" + String.join(" or ", alternatives) + ")", param, escapeLike(text.trim()));
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
