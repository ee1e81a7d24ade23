package io.voc.query.application;

import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.query.model.SavedQueryChanged;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where saved queries and their versions are kept; a query and its new version are written together. */
public interface SavedQueries {

    /** How saving a change went. */
    enum Saved {
        SAVED,
        /** The stored query is no longer at the version the change was made on: nothing was written. */
        CHANGED_MEANWHILE,
        /** The owner has another query of that name: nothing was written. */
        NAME_TAKEN
    }

    /** Stores a new query with its first version; false (nothing stored) when its owner has one of that name. */
    boolean add(SavedQuery query, SavedQueryChanged firstVersion);

    Optional<SavedQuery> find(UUID id);

    /** Stores the changed query and its new version, if the stored one is still at {@code expectedVersion}. */
    Saved save(SavedQuery query, int expectedVersion, SavedQueryChanged change);

    /**
     * A page of the queries {@code user} owns or that are shared with them (by name or role), most recently
     * changed first; {@code everyone}: every query (for admins).
     */
    List<SavedQuery> visibleTo(QueryUser user, boolean everyone, int offset, int limit);

    /** Every version of the query, newest first; empty when there is no such query. */
    List<SavedQueryChanged> history(UUID id);

    /** Deletes the query with its versions; false when there was none. */
    boolean delete(UUID id);
}
