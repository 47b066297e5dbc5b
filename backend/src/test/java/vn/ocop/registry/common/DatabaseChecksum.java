package vn.ocop.registry.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What the database holds, table by table: its row count and an MD5 over its rows in primary-key order. Two equal
 * checksums mean no row was added, removed or changed.
 */
public final class DatabaseChecksum {
    private static final String TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            + "ORDER BY tablename";
    private static final String PRIMARY_KEY = """
            SELECT a.attname FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = ?::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey::int2[], a.attnum)""";

    private DatabaseChecksum() {
    }

    /** Each table but {@code excluded}: "rows md5". */
    public static Map<String, String> of(DataSource dataSource, Set<String> excluded) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery(TABLES)) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (excluded.contains(table)) {
                    continue;
                }
                String order = String.join(", ", primaryKey(c, table));
                try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), '' ORDER BY "
                        + (order.isEmpty() ? "t::text" : order) + ")), '') FROM \"" + table + "\" t")) {
                    r.next();
                    sums.put(table, r.getLong(1) + " " + r.getString(2));
                }
            }
        }
        return sums;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(PRIMARY_KEY)) {
            p.setString(1, "\"" + table + "\"");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    columns.add("t.\"" + r.getString(1) + "\"");
                }
            }
        }
        return columns;
    }
}
