package io.voc.warehouse.infrastructure;

import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.apache.hive.jdbc.HiveDriver;

/**
 * Connections to the warehouse's HiveServer2 ({@code voc.warehouse.url}). The driver is used directly rather
 * than through {@code DriverManager}: its registry is global, and the Hive driver's self-contained jar need not
 * be found by service loading in every class loader Quarkus has.
 */
@ApplicationScoped
public class HiveWarehouse {
    private final Optional<String> url;
    private final Properties credentials = new Properties();
    private final HiveDriver driver = new HiveDriver();

    HiveWarehouse(VocConfig config) {
        this.url = config.warehouse().url().filter(u -> !u.isBlank());
        credentials.setProperty("user", config.warehouse().user());
        config.warehouse().password().ifPresent(password -> credentials.setProperty("password", password));
    }

    /** Whether a warehouse is configured at all. */
    public boolean configured() {
        return url.isPresent();
    }

    /** Where the warehouse is, for operators; empty when none is configured. */
    public Optional<String> url() {
        return url;
    }

    /** A new connection; the caller closes it. An {@link SQLException} when none is configured or it is away. */
    public Connection connect() throws SQLException {
        if (url.isEmpty()) {
            throw new SQLException("no warehouse is configured (voc.warehouse.url, VOC_HIVE_URL)");
        }
        Connection connection = driver.connect(url.get(), credentials);
        if (connection == null) {
            throw new SQLException("not a Hive JDBC URL: " + url.get() + " (jdbc:hive2://host:port/database)");
        }
        return connection;
    }
}
