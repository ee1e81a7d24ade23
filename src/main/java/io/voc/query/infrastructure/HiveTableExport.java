package io.voc.query.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.query.application.QueryRun;
import io.voc.search.application.ExportFile;
import io.voc.search.application.SpreadsheetCsv;
import io.voc.search.model.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A HiveQL query's rows as a file, written while Hive sends them (a forward-only result read {@value
 * HiveQueryExecutor#FETCH} rows a fetch), so memory does not grow with the rows. CSV: a header of the columns
 * as the query names them. JSON Lines: an object per row, keyed by those names. The connection is held until
 * the file is written or closed; a failure or cancel midway fails the write, so the download is cut short.
 */
final class HiveTableExport implements ExportFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportFormat format;
    private final Connection connection;
    private final ResultSet result;
    private final QueryRun run;
    private boolean onRow;

    /** @param onRow whether {@code result} stands on its first row already (false: there are no rows) */
    HiveTableExport(ExportFormat format, Connection connection, ResultSet result, boolean onRow, QueryRun run) {
        this.format = format;
        this.connection = connection;
        this.result = result;
        this.onRow = onRow;
        this.run = run;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    /** Unknown until the last row: counting first would run the query twice. */
    @Override
    public long total() {
        return -1;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            HiveRows rows = new HiveRows(result);
            if (format == ExportFormat.CSV) {
                SpreadsheetCsv csv = new SpreadsheetCsv(out, rows.columns());
                for (; onRow; onRow = result.next()) {
                    csv.row(rows.current().stream().map(v -> v == null ? null : v.toString()).toList());
                }
                csv.flush();
            } else {
                List<String> columns = rows.columns();
                for (; onRow; onRow = result.next()) {
                    List<Object> row = rows.current();
                    ObjectNode line = JSON.createObjectNode();
                    for (int i = 0; i < columns.size(); i++) {
                        line.putPOJO(columns.get(i), row.get(i));
                    }
                    out.write(JSON.writeValueAsBytes(line));
                    out.write('\n');
                }
            }
            out.flush();
        } catch (SQLException e) {
            throw new IOException("the warehouse stopped sending rows: " + HiveQueryExecutor.failure(e, run)
                    .getMessage(), e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        HiveQueryExecutor.close(result);
        HiveQueryExecutor.close(connection);
        run.finished();
    }
}
