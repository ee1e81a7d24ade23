package io.voc.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * Plain JDBC on the test database, in one schema: for the tests that run the packaged app in a schema of its
 * own and look at what it wrote (or drop the schema afterwards).
 */
public final class SchemaDatabase {
    public static final String JDBC = "jdbc:postgresql://127.0.0.1:" + PackagedApp.env("VOC_DB_PORT", "15432") + "/"
            + PackagedApp.env("VOC_DB_NAME", "voc_test");

    private final String schema;

    public SchemaDatabase(String schema) {
        this.schema = schema;
    }

    /** A connection whose statements go to the schema (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(JDBC + "?currentSchema=" + schema, PackagedApp.env("VOC_DB_USER", "voc"),
                PackagedApp.env("VOC_DB_PASSWORD", "voc"));
    }

    /** The one number a {@code select count(*) ...} answers. */
    public long count(String sql) throws SQLException {
        return query(sql, rows -> {
            try {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public <T> T query(String sql, Function<ResultSet, T> read) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return read.apply(rows);
        }
    }

    public void update(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the schema with everything in it. */
    public void drop() throws SQLException {
        update("drop schema if exists " + schema + " cascade");
    }
}
