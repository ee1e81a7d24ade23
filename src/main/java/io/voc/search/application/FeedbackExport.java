package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.search.model.ExportFormat;
import io.voc.search.model.ExportRequest;
import io.voc.search.model.FoundFeedback;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jboss.logging.Logger;

/** An opened export: how many rows it will have, and the file, written page by page to a stream. */
public final class FeedbackExport implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FeedbackExport.class);

    private final ExportRequest request;
    private final FeedbackScans.Scan scan;
    private final ObjectMapper json;

    FeedbackExport(ExportRequest request, FeedbackScans.Scan scan, ObjectMapper json) {
        this.request = request;
        this.scan = scan;
        this.json = json;
    }

    public ExportFormat format() {
        return request.format();
    }

    /** Feedback that matched when the export was opened; the file holds at most {@code limit} of them. */
    public long matches() {
        return scan.total();
    }

    /**
     * Writes the whole file, then frees the store's view - also when the reader hangs up (an
     * {@link IOException} from {@code out}) or the store fails midway (the file is then cut short).
     */
    public void writeTo(OutputStream out) throws IOException {
        long written = 0;
        try (scan) {
            FeedbackRows rows = FeedbackRows.of(request.format(), out, json);
            while (written < request.limit()) {
                List<FoundFeedback> page = scan.nextPage();
                if (page.isEmpty()) {
                    break;
                }
                for (FoundFeedback feedback : page.subList(0, (int) Math.min(page.size(), request.limit() - written))) {
                    rows.write(feedback);
                    written++;
                }
                rows.flush();
            }
            rows.flush();
        } catch (IOException | RuntimeException e) {
            LOG.infof("export (%s) stopped after %d of %d rows: %s", request.format(), written, scan.total(), e);
            throw e;
        }
    }

    /** For an export that will not be written after all. */
    @Override
    public void close() {
        scan.close();
    }
}
