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
     * without any word finds nothing. The expression's search document ({@code f_search_doc}, V150) has a GIN
     * index on each searched column, which answers the word prefixes directly.
     */
    public Where matches(String expression, String param, String text) {
        return matchesAny(param, text, expression);
    }

    /** Like {@link #matches}, true when one of the expressions (e.g. a name or a description) holds every word. */
    public Where matchesAny(String param, String text, String... expressions) {
        if (!query(param, text)) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add("search_matches(" + expression + ", :" + param + ")");
        }
        clauses.add("(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    /**
     * Like {@link #matches}, on the stored search document of the entity {@code alias} (its column {@code search}, kept
     * on write by the database and not mapped): e.g. a product's holds its name and its producer's, so that a search
     * of both is one index scan rather than an OR across the join.
     */
    public Where matchesDocument(String alias, String param, String text) {
        if (query(param, text)) {
            clauses.add("document_matches(column(" + alias + ".search), :" + param + ")");
        }
        return this;
    }

    /**
     * Registers the words of {@code text} as parameter {@code param}, separated by spaces, and tells whether there is
     * a query; a query without any word adds a clause that finds nothing.
     */
    private boolean query(String param, String text) {
        Optional<List<String>> words = SearchTerms.words(param, text);
        if (words.isEmpty()) {
            return false;
        }
        if (words.get().isEmpty()) {
            clauses.add("1 = 0");
            return false;
        }
        params.put(param, String.join(" ", words.get()));
        return true;
    }

    public String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
