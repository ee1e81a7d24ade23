package io.voc.warehouse.application;

import io.voc.warehouse.model.ProfileImport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of profile imports. {@link #add} refuses a second import of the same slot, so of several instances
 * exactly one runs a scheduled refresh; {@link #take} lets exactly one take a requested one.
 *
 * @throws WarehouseUnavailableException (every method) when the store cannot be reached
 */
public interface ProfileImports {

    /** Adds an import; false (nothing added) when its slot already has one. */
    boolean add(ProfileImport run);

    /** Starts the oldest queued import for {@code instance}; empty when none is queued or another took it. */
    Optional<ProfileImport> take(String instance);

    void save(ProfileImport run);

    Optional<ProfileImport> find(UUID id);

    /** Newest first. */
    List<ProfileImport> recent(int limit);

    /** Running imports, to find those whose instance stopped. */
    List<ProfileImport> running();
}
