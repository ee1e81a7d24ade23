package io.voc.warehouse.application;

import io.voc.platform.model.DependencyUnavailableException;

/** HiveServer2 (or PostgreSQL, where exports are recorded) could not do the work now; nothing was half-done. */
public class WarehouseUnavailableException extends DependencyUnavailableException {
    public WarehouseUnavailableException(String message, Throwable cause) {
        super("warehouse_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "The warehouse cannot be reached right now; try again shortly.";
    }
}
