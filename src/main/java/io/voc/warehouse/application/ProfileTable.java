package io.voc.warehouse.application;

import io.voc.warehouse.model.ProfileImport.Rejection;
import io.voc.warehouse.model.UserProfile;
import java.util.List;

/**
 * The warehouse's table of user profiles ({@code voc.warehouse.profiles.table}, columns in docs/warehouse.md).
 * Analysts own and fill it; VOC only reads it, except for the demo, which writes its own.
 *
 * @throws WarehouseUnavailableException (every method) when the warehouse cannot do the work now
 */
public interface ProfileTable {

    /** Receives the rows of the table as they are read. */
    interface Rows {
        void profile(UserProfile profile);

        void rejected(Rejection rejection);
    }

    /** Reads every row; each is a profile or, when it breaks a rule, a rejection saying why. */
    void readAll(String database, Rows rows);

    /** Creates the table when missing and replaces its rows with these: the demo's profiles. */
    void replaceAll(String database, List<UserProfile> profiles);
}
