package io.voc.warehouse.application;

import io.voc.warehouse.model.ProfileImport;
import java.time.Instant;
import java.util.List;

/** A profile import as operators see it: how far, how many rows stored, rejected (with the first reasons), removed. */
public record ProfileImportReport(String id, String trigger, String requestedBy, String status, long read,
        long imported, long rejected, long removed, List<ProfileImport.Rejection> rejections, String error,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static ProfileImportReport of(ProfileImport run) {
        return new ProfileImportReport(run.id().toString(), run.slot().substring(0, run.slot().indexOf(':')),
                run.requestedBy().orElse(null), run.status().name(), run.read(), run.imported(), run.rejected(),
                run.removed(), run.rejections(), run.error().orElse(null), run.createdAt(),
                run.startedAt().orElse(null), run.finishedAt().orElse(null));
    }
}
