package io.voc.warehouse.infrastructure;

import java.util.regex.Pattern;

/** Names of Hive databases and tables from configuration, checked before they go into a statement. */
final class HiveNames {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,127}");

    private HiveNames() {
    }

    static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a warehouse database or table name is lower-case letters, digits "
                    + "and _ (voc.warehouse.database, voc.warehouse.profiles.table; got " + name + ")");
        }
        return name;
    }
}
