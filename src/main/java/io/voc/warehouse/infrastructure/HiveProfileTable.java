package io.voc.warehouse.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import io.voc.warehouse.application.ProfileTable;
import io.voc.warehouse.application.WarehouseUnavailableException;
import io.voc.warehouse.model.ProfileImport.Rejection;
import io.voc.warehouse.model.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The profile table in Hive ({@code <database>.<voc.warehouse.profiles.table>}). Reading it is a plain scan that
 * HiveServer2 streams without a MapReduce job; rows come in fetches of {@value #FETCH} and go on to the store as
 * they come, so memory does not grow with the number of users.
 */
@ApplicationScoped
class HiveProfileTable implements ProfileTable {
    static final String COLUMNS = "user_id, country, age_band, device_tier, tenure_days, membership, activity_level";
    private static final int FETCH = 2_000;

    private final HiveWarehouse warehouse;
    private final String table;

    HiveProfileTable(HiveWarehouse warehouse, VocConfig config) {
        this.warehouse = warehouse;
        this.table = config.warehouse().profiles().table();
    }

    @Override
    public void readAll(String database, Rows rows) {
        String name = HiveNames.checked(database) + "." + HiveNames.checked(table);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH);
            try (ResultSet result = statement.executeQuery("SELECT " + COLUMNS + " FROM " + name)) {
                while (result.next()) {
                    String userId = result.getString(1);
                    try {
                        rows.profile(new UserProfile(userId, result.getString(2), result.getString(3),
                                result.getString(4), tenure(result.getString(5)), result.getString(6),
                                result.getString(7)));
                    } catch (InvalidInputException e) {
                        rows.rejected(new Rejection(userId, e.getMessage()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Hive: reading " + name + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void replaceAll(String database, List<UserProfile> profiles) {
        String name = HiveNames.checked(database) + "." + HiveNames.checked(table);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + HiveNames.checked(database));
            statement.execute("CREATE TABLE IF NOT EXISTS " + name + " (user_id STRING, country STRING,"
                    + " age_band STRING, device_tier STRING, tenure_days INT, membership STRING, activity_level STRING)"
                    + " COMMENT 'Who the products'' users are: one row per user' STORED AS ORC");
            statement.execute("INSERT OVERWRITE TABLE " + name + " VALUES\n" + profiles.stream()
                    .map(p -> "(" + HiveLiterals.string(p.userId()) + ", " + HiveLiterals.string(p.country()) + ", "
                            + HiveLiterals.string(p.ageBand()) + ", " + HiveLiterals.string(p.deviceTier()) + ", "
                            + HiveLiterals.integer(p.tenureDays()) + ", " + HiveLiterals.string(p.membership()) + ", "
                            + HiveLiterals.string(p.activityLevel()) + ")")
                    .collect(Collectors.joining(",\n")));
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Hive: writing " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static Integer tenure(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("tenure_days", "tenure_days is not a whole number: '" + value + "'");
        }
    }
}
