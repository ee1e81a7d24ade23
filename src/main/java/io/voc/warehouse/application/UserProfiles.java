package io.voc.warehouse.application;

import io.voc.warehouse.model.UserProfile;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The imported profiles, kept where the platform joins them with feedback by user id (PostgreSQL): personas read
 * them all, pages look up the authors they show.
 *
 * @throws WarehouseUnavailableException (every method) when the store cannot be reached
 */
public interface UserProfiles {

    /** Adds or replaces these profiles, marking them as seen by {@code importId}. */
    void store(Collection<UserProfile> profiles, UUID importId, Instant at);

    /** Removes every profile the import {@code importId} did not see; how many. */
    long removeAllBut(UUID importId);

    /** The profiles of these users that are known. */
    Map<String, UserProfile> of(Collection<String> userIds);

    long count();
}
