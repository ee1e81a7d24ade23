package io.voc.ingest.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The counts of an import, and the few lines that tell the user how it went. */
final class ImportSummary {
    private long read;
    private long accepted;
    private long duplicates;
    private long rejected;

    void recordRead() {
        read++;
    }

    void add(List<BulkClient.Outcome> outcomes) {
        for (BulkClient.Outcome outcome : outcomes) {
            switch (outcome.status()) {
                case accepted -> accepted++;
                case duplicate -> duplicates++;
                case rejected -> rejected++;
            }
        }
    }

    long read() {
        return read;
    }

    long rejected() {
        return rejected;
    }

    /**
     * The first line has a fixed shape for scripts: "read N, accepted N, duplicates N, rejected N"
     * (plus ", not sent N" when the import stopped early).
     */
    String render(Path rejectsFile, Duration elapsed) {
        StringBuilder text = new StringBuilder();
        text.append("read ").append(read).append(", accepted ").append(accepted).append(", duplicates ")
                .append(duplicates).append(", rejected ").append(rejected);
        long notSent = read - accepted - duplicates - rejected;
        if (notSent > 0) {
            text.append(", not sent ").append(notSent);
        }
        text.append('\n');
        if (rejected > 0) {
            text.append("rejected records: ").append(rejectsFile).append('\n');
        }
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        text.append(String.format(Locale.ROOT, "took %s (%d records/s)%n",
                seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                        : ProgressBar.clock(Math.round(seconds)),
                Math.round(read / seconds)));
        return text.toString();
    }
}
