package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.search.model.ExportRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: every feedback matching a filter as one CSV or JSON Lines file, written while it is read, one
 * page of {@value #PAGE_SIZE} at a time: memory does not grow with the number of rows.
 */
@ApplicationScoped
public class ExportFeedback {
    public static final int PAGE_SIZE = 1_000;

    private final FeedbackScans scans;
    private final ObjectMapper json;

    ExportFeedback(FeedbackScans scans, ObjectMapper json) {
        this.scans = scans;
        this.json = json;
    }

    /**
     * Opens the export: the store is asked now, so that an unreachable store is an error before any byte of
     * the file is sent. The caller must {@link FeedbackExport#writeTo write} or {@link FeedbackExport#close
     * close} it.
     *
     * @throws StoreUnavailableException when the store cannot be read now
     */
    public FeedbackExport open(ExportRequest request) {
        FeedbackScans.Scan scan = scans.open(request.filter(), Math.min(PAGE_SIZE, request.limit()));
        return new FeedbackExport(request.format(), request.limit(), scan, json);
    }
}
