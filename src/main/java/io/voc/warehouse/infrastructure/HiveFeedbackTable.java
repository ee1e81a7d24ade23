package io.voc.warehouse.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.search.model.FoundFeedback;
import io.voc.warehouse.application.FeedbackTable;
import io.voc.warehouse.application.WarehouseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The feedback table in Hive: {@code <database>.feedback}, ORC, partitioned by {@code dt} (the UTC day of
 * {@code created_at}). A day of up to {@code voc.warehouse.export.chunk-rows} feedback replaces its partition in one
 * {@code INSERT OVERWRITE ... VALUES}; a larger day goes in chunks into a load table first ({@code feedback_load},
 * one partition per load) and then replaces its partition in one {@code INSERT OVERWRITE ... SELECT}. Either way
 * readers see the old partition or the new one, never a part. Each statement is a MapReduce job of seconds, so a
 * chunk is as large as HiveServer2 parses comfortably (5,000 rows, about 2 MB, take 10-15 s on the local stack).
 */
@ApplicationScoped
class HiveFeedbackTable implements FeedbackTable {
    private static final Logger LOG = Logger.getLogger(HiveFeedbackTable.class);
    static final String TABLE = "feedback";
    static final String LOAD_TABLE = "feedback_load";
    /** Statements larger than this are split even below the row limit (long texts). */
    private static final int CHUNK_CHARS = 4_000_000;
    private static final int TIMEOUT_SECONDS = 600;

    private final HiveWarehouse warehouse;
    private final int chunkRows;

    HiveFeedbackTable(HiveWarehouse warehouse, VocConfig config) {
        this.warehouse = warehouse;
        this.chunkRows = config.warehouse().export().chunkRows();
    }

    @Override
    public void prepare(String database) {
        String db = checked(database);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + db + " COMMENT 'VOC: enriched feedback, user profiles'");
            statement.execute("CREATE TABLE IF NOT EXISTS " + db + "." + TABLE + " " + WarehouseColumns.definitions()
                    + "\nCOMMENT 'Enriched feedback from VOC, one partition per UTC day of created_at'"
                    + "\nPARTITIONED BY (dt STRING COMMENT 'yyyy-MM-dd: the UTC day of created_at') STORED AS ORC");
            statement.execute("CREATE TABLE IF NOT EXISTS " + db + "." + LOAD_TABLE + " " + WarehouseColumns.definitions()
                    + "\nCOMMENT 'VOC internal: days on their way into feedback'"
                    + "\nPARTITIONED BY (load_key STRING) STORED AS ORC");
        } catch (SQLException e) {
            throw unavailable("preparing " + db + "." + TABLE, e);
        }
    }

    @Override
    public DayLoad replace(String database, LocalDate day, String loadKey) {
        String db = checked(database);
        if (!loadKey.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a load key is letters, digits, - and _ (got " + loadKey + ")");
        }
        try {
            return new HiveDayLoad(warehouse.connect(), db, day, loadKey);
        } catch (SQLException e) {
            throw unavailable("connecting", e);
        }
    }

    private static String checked(String database) {
        return HiveNames.checked(database);
    }

    private static WarehouseUnavailableException unavailable(String what, SQLException e) {
        return new WarehouseUnavailableException("Hive: " + what + " failed: " + e.getMessage(), e);
    }

    private final class HiveDayLoad implements DayLoad {
        private final Connection connection;
        private final String table;
        private final String loadTable;
        private final String partition;
        private final String loadPartition;
        private final String loadKey;
        private final StringBuilder values = new StringBuilder();
        private int buffered;
        private long rows;
        private boolean staging;
        private boolean committed;

        HiveDayLoad(Connection connection, String database, LocalDate day, String loadKey) {
            this.connection = connection;
            this.table = database + "." + TABLE;
            this.loadTable = database + "." + LOAD_TABLE;
            this.partition = "PARTITION (dt='" + day + "')";
            this.loadPartition = "PARTITION (load_key='" + loadKey + "')";
            this.loadKey = loadKey;
        }

        @Override
        public void add(FoundFeedback feedback) {
            String row = WarehouseColumns.row(feedback);
            if (buffered > 0 && (buffered >= chunkRows || values.length() + row.length() > CHUNK_CHARS)) {
                flushToLoadTable();
            }
            values.append(buffered == 0 ? "" : ",\n").append(row);
            buffered++;
            rows++;
        }

        @Override
        public long commit() {
            if (staging) {
                if (buffered > 0) {
                    flushToLoadTable();
                }
                execute("INSERT OVERWRITE TABLE " + table + " " + partition + " SELECT " + WarehouseColumns.names()
                        + " FROM " + loadTable + " WHERE load_key='" + loadKey + "'");
                dropLoad();
            } else if (buffered > 0) {
                execute("INSERT OVERWRITE TABLE " + table + " " + partition + " VALUES\n" + values);
            } else {
                execute("ALTER TABLE " + table + " DROP IF EXISTS " + partition); // the day has no feedback (left)
            }
            committed = true;
            values.setLength(0);
            buffered = 0;
            return rows;
        }

        private void flushToLoadTable() {
            if (!staging) {
                dropLoad(); // what a crashed attempt at this day may have left
                staging = true;
            }
            execute("INSERT INTO TABLE " + loadTable + " " + loadPartition + " VALUES\n" + values);
            values.setLength(0);
            buffered = 0;
        }

        private void dropLoad() {
            execute("ALTER TABLE " + loadTable + " DROP IF EXISTS " + loadPartition);
        }

        private void execute(String sql) {
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                statement.execute(sql);
            } catch (SQLException e) {
                throw unavailable(sql.substring(0, Math.min(80, sql.length())), e);
            }
        }

        @Override
        public void close() {
            try {
                if (staging && !committed) {
                    dropLoad();
                }
            } catch (RuntimeException e) {
                LOG.debugf("Dropping an abandoned load failed (the next attempt at the day drops it): %s", e.getMessage());
            } finally {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debugf("Closing a Hive connection failed: %s", e.getMessage());
                }
            }
        }
    }
}
