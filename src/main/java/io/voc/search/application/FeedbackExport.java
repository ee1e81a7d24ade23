package io.voc.search.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.search.model.ExportFormat;
import io.voc.search.model.FoundFeedback;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * An opened export of feedback: how many matched, and the file, written page by page to a stream from an open
 * scan - of a search's filter or of a saved query, both write their rows here.
 */
public final class FeedbackExport implements ExportFile {
    private static final Logger LOG = Logger.getLogger(FeedbackExport.class);

    private final ExportFormat format;
    private final int limit;
    private final FeedbackScans.Scan scan;
    private final ObjectMapper json;

    /** Takes over {@code scan}: writing or closing the export closes it. */
    public FeedbackExport(ExportFormat format, int limit, FeedbackScans.Scan scan, ObjectMapper json) {
        this.format = format;
        this.limit = limit;
        this.scan = scan;
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    /** Feedback that matched when the export was opened; the file holds at most {@code limit} of them. */
    @Override
    public long total() {
        return scan.total();
    }

    /**
     * Writes the whole file, then frees the store's view - also when the reader hangs up (an
     * {@link IOException} from {@code out}) or the store fails midway (the file is then cut short).
     */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        long written = 0;
        try (scan) {
            FeedbackRows rows = FeedbackRows.of(format, out, json);
            while (written < limit) {
                List<FoundFeedback> page = scan.nextPage();
                if (page.isEmpty()) {
                    break;
                }
                for (FoundFeedback feedback : page.subList(0, (int) Math.min(page.size(), limit - written))) {
                    rows.write(feedback);
                    written++;
                }
                rows.flush();
            }
            rows.flush();
        } catch (IOException | RuntimeException e) {
            LOG.infof("export (%s) stopped after %d of %d rows: %s", format, written, scan.total(), e);
            throw e;
        }
    }

    @Override
    public void close() {
        scan.close();
    }
}
