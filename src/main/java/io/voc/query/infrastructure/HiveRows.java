package io.voc.query.infrastructure;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a Hive result as VOC shows them: numbers and booleans as they are, timestamps as UTC instants (the
 * warehouse's timestamps are UTC), everything else - text, dates, arrays and maps - as Hive writes it.
 */
final class HiveRows {
    private final ResultSet result;
    private final List<String> columns = new ArrayList<>();

    HiveRows(ResultSet result) throws SQLException {
        this.result = result;
        ResultSetMetaData meta = result.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(name(meta.getColumnLabel(i)));
        }
    }

    List<String> columns() {
        return columns;
    }

    /** The row the result is on. */
    List<Object> current() throws SQLException {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            Object value = result.getObject(i);
            if (value instanceof Timestamp timestamp) {
                row.add(timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
            } else if (value == null || value instanceof Number || value instanceof Boolean) {
                row.add(value);
            } else {
                row.add(result.getString(i));
            }
        }
        return row;
    }

    /** Hive names a column of {@code SELECT *} "table.column": the column's own name is what the reader wrote. */
    private static String name(String label) {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? label : label.substring(dot + 1);
    }
}
