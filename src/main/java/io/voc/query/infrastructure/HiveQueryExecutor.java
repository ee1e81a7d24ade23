package io.voc.query.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.QueryRun;
import io.voc.query.application.QueryTimedOutException;
import io.voc.query.application.WarehouseQueries;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.query.model.WarehouseQuery;
import io.voc.search.application.ExportFile;
import io.voc.search.model.ExportFormat;
import io.voc.warehouse.application.WarehouseUnavailableException;
import io.voc.warehouse.infrastructure.HiveLiterals;
import io.voc.warehouse.infrastructure.HiveWarehouse;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hive.jdbc.HiveStatement;
import org.jboss.logging.Logger;

/**
 * HiveQL saved queries through Hive JDBC. The statement is the query behind the runner's views of the tables
 * ({@link WarehouseQuery#statement}); HiveServer2 stops it at the run's timeout ({@code setQueryTimeout}), and a
 * cancel of the run cancels the statement there ({@code Statement.cancel}), so the warehouse stops working on it
 * too. A page reads only as far as it shows; an export streams the forward-only result as it comes.
 */
@ApplicationScoped
class HiveQueryExecutor implements WarehouseQueries {
    private static final Logger LOG = Logger.getLogger(HiveQueryExecutor.class);
    static final int FETCH = 1_000;

    private final HiveWarehouse warehouse;
    private final String database;

    HiveQueryExecutor(HiveWarehouse warehouse, VocConfig config) {
        this.warehouse = warehouse;
        this.database = config.warehouse().database();
    }

    @Override
    public QueryResult.Table run(WarehouseQuery query, QueryPage page, QueryRun run) {
        try (Connection connection = warehouse.connect(); HiveStatement statement = statement(connection, run)) {
            statement.setMaxRows(page.offset() + page.size() + 1);
            try (ResultSet result = execute(statement, query.statement(database, HiveLiterals::string), run)) {
                HiveRows rows = new HiveRows(result);
                for (int skipped = 0; skipped < page.offset() && result.next(); skipped++) {
                    // earlier pages: Hive has no offset that holds across runs of an unordered query
                }
                List<List<Object>> shown = new ArrayList<>();
                while (shown.size() < page.size() && result.next()) {
                    shown.add(rows.current());
                }
                boolean more = result.next();
                if (run.cancelled()) {
                    throw run.cancellation(); // it finished just as it was cancelled: no answer was asked for
                }
                return new QueryResult.Table(rows.columns(), page, shown, more);
            }
        } catch (SQLException e) {
            throw failure(e, run);
        }
    }

    @Override
    public ExportFile export(WarehouseQuery query, ExportFormat format, int limit, QueryRun run) {
        Connection connection = null;
        try {
            connection = warehouse.connect();
            HiveStatement statement = statement(connection, run);
            statement.setMaxRows(limit);
            ResultSet result = execute(statement, query.statement(database, HiveLiterals::string), run);
            // the first row waits for the query to finish: a timeout or a refusal is an error before any byte
            boolean any = result.next();
            return new HiveTableExport(format, connection, result, any, run);
        } catch (SQLException e) {
            close(connection);
            throw failure(e, run);
        }
    }

    /** A statement with the run's timeout, which HiveServer2 enforces. */
    private static HiveStatement statement(Connection connection, QueryRun run) throws SQLException {
        HiveStatement statement = (HiveStatement) connection.createStatement();
        statement.setQueryTimeout((int) Math.max(1, run.timeout().toSeconds()));
        statement.setFetchSize(FETCH);
        return statement;
    }

    /**
     * Submits the query, tied to the run: a cancel of the run cancels it in HiveServer2. Hive JDBC can cancel only
     * a statement the server has accepted (before that, its cancel is forgotten), so the statement is submitted
     * first ({@code executeAsync}) and a cancel that came meanwhile is carried out right after. The first
     * {@code next()} of the result waits for the query to finish, failing if it was cancelled or timed out.
     */
    private static ResultSet execute(HiveStatement statement, String sql, QueryRun run) throws SQLException {
        AtomicBoolean submitted = new AtomicBoolean();
        Runnable cancel = () -> {
            try {
                statement.cancel();
            } catch (SQLException e) {
                LOG.warnf("cancelling query run %s: %s", run.id(), e.getMessage());
            }
        };
        run.whenCancelled(() -> {
            if (submitted.get()) {
                cancel.run();
            }
        });
        if (!statement.executeAsync(sql)) {
            throw new SQLException("the query gave no rows to read", "42000");
        }
        submitted.set(true);
        if (run.cancelled()) {
            cancel.run();
        }
        return statement.getResultSet();
    }

    /**
     * What a failed run tells its caller: cancelled, timed out, a query Hive refused (SQL state class 42: a
     * syntax error, an unknown column - the query's fault, shown as Hive says it), or a warehouse that is away.
     */
    static RuntimeException failure(SQLException e, QueryRun run) {
        if (run.cancelled()) {
            return run.cancellation();
        }
        // HiveServer2 reports its timeout as such, or, when it strikes between two calls of the driver, as the
        // operation's failure ("Illegal Operation state transition from TIMEDOUT to ERROR")
        if (e instanceof SQLTimeoutException || run.overtime(Instant.now())) {
            return new QueryTimedOutException(run.timeout());
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
            return new InvalidInputException("definition.hiveql", "Hive refused the query: " + e.getMessage());
        }
        return new WarehouseUnavailableException("Hive: a saved query failed: " + e.getMessage(), e);
    }

    static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debugf("closing: %s", e.getMessage());
            }
        }
    }
}
