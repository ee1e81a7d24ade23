package io.voc.ingest.importer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far the import is, on stderr: redrawn in place on a terminal, and one plain line every 5 seconds
 * otherwise (a log file or CI output should not fill with carriage returns).
 */
final class ProgressBar {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 5_000_000_000L;
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final boolean terminal;
    private final long totalBytes;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn;
    private int drawnLength;
    private long bytes;
    private long records;

    ProgressBar(PrintStream err, boolean terminal, long totalBytes, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    /** Cheap enough to call for every record: it draws only when it is time to. */
    void update(long bytesRead, long recordsRead) {
        this.bytes = bytesRead;
        this.records = recordsRead;
        long now = nanoTime.getAsLong();
        if (now - lastDrawn < (terminal ? REDRAW_NANOS : LOG_NANOS)) {
            return;
        }
        lastDrawn = now;
        String line = line(bytes, totalBytes, records, now - started);
        if (terminal) {
            String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
            err.print("\r" + line + padding);
            drawnLength = line.length();
        } else {
            err.println("progress: " + line);
        }
        err.flush();
    }

    /** A message (a retry, say) on its own line, without garbling the bar. */
    void note(String message) {
        clear();
        err.println(message);
        err.flush();
    }

    /** Takes the bar away, so that the summary stands alone. */
    void finish() {
        clear();
        err.flush();
    }

    private void clear() {
        if (terminal && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        }
    }

    /** "[#########-----------]  45%  12.3/27.4 MiB  120000 records  8512/s  ETA 0:12" */
    static String line(long bytes, long totalBytes, long records, long elapsedNanos) {
        double fraction = totalBytes <= 0 ? 1 : Math.min(1, (double) bytes / totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = elapsedNanos / 1e9;
        String eta = bytes <= 0 || seconds <= 0 ? "--:--"
                : clock(Math.round((totalBytes - Math.min(bytes, totalBytes)) / (bytes / seconds)));
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %s  %d records  %d/s  ETA %s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), Math.round(fraction * 100), size(bytes, totalBytes), records,
                seconds <= 0 ? 0 : Math.round(records / seconds), eta);
    }

    private static String size(long bytes, long total) {
        if (total >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f/%.1f MiB", bytes / 1048576.0, total / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.1f/%.1f KiB", bytes / 1024.0, total / 1024.0);
    }

    static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
