package io.voc.ingest.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./voc import FILE [options]}: sends a CSV or JSON Lines file of feedback to a running VOC
 * through its bulk API. A client like any other - it needs no access to Kafka or Elasticsearch, and the
 * platform applies the same rules to imported feedback as to everything else.
 *
 * <p>Exit status: 0 when the whole file was read (even if records were rejected), 1 when the import
 * stopped (file unreadable, platform away for 2 minutes), 2 on bad usage.
 */
public final class ImportCommand {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String HELP = """
            Usage: ./voc import FILE [options]

            Sends a CSV or JSON Lines file of user feedback to VOC's bulk API, 2,000 records per request,
            and lists the records VOC refuses in a rejects file. Running the same import again is safe:
            what is stored already is counted as a duplicate.

            Options:
              --format csv|jsonl   the file's format (default: from its name: .csv, .jsonl, .ndjson)
              --map COLUMN=FIELD   take FIELD from CSV column (or JSON key) COLUMN; repeatable,
                                   e.g. --map "Review Text=text" --map stars=rating
              --product P          product for records that have none
              --channel C          channel for records that have none: app_store, google_play, in_app,
                                   support, survey, social, other
              --url URL            the VOC platform (default: http://localhost:${VOC_HTTP_PORT:-8080})
              --rejects FILE       where refused records go (default: FILE.rejects.csv)
              --no-attributes      drop CSV columns that map to no field (default: send them as attributes)
              -h, --help           this help

            Credentials (from the environment, never the command line): VOC_TOKEN, an API token with
            scope ingest; or VOC_USER and VOC_PASSWORD. ./voc import uses the local admin's by default.

            Fields: product, channel, sourceId, text, rating, locale, region, appVersion, platform, userId,
            createdAt, attributes. A CSV column named like a field (any case, or snake_case such as
            source_id) maps to it by itself; other columns become attributes. Empty cells are left out.

            Exit status: 0 when the whole file was read (even with rejects), 1 when the import stopped
            early, 2 on bad usage. More: docs/import.md
            """;

    private final ImportOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    private ImportCommand(ImportOptions options, PrintStream out, PrintStream err, boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err, System.console() != null);
        System.out.flush();
        System.exit(status);
    }

    /** Runs an import in-process, as tests do; never calls System.exit. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, false);
    }

    /** @param terminal whether stderr is a terminal, where the progress bar redraws in place */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(List.of(args), env);
        } catch (ImportOptions.UsageException e) {
            return usageError(err, e);
        }
        if (options.help()) {
            out.print(HELP);
            return OK;
        }
        if (!Files.isRegularFile(options.file()) || !Files.isReadable(options.file())) {
            err.println("voc import: " + options.file() + ": "
                    + (Files.isDirectory(options.file()) ? "is a directory" : Files.exists(options.file())
                            ? "cannot be read" : "no such file"));
            return FAILED;
        }
        return new ImportCommand(options, out, err, terminal).execute();
    }

    private static int usageError(PrintStream err, ImportOptions.UsageException e) {
        err.println("voc import: " + e.getMessage());
        err.println("Usage: ./voc import FILE [options]   (./voc import --help for more)");
        return USAGE;
    }

    private int execute() {
        long started = System.nanoTime();
        ImportSummary summary = new ImportSummary();
        RecordSource source;
        try {
            source = RecordSource.open(options);
        } catch (ImportOptions.UsageException e) {
            return usageError(err, e);
        } catch (IOException e) {
            err.println("voc import: " + options.file() + ": " + message(e));
            return FAILED;
        }
        String failure = null;
        RejectsFile rejects = null;
        try (source) {
            rejects = RejectsFile.create(options.rejects());
            if (source instanceof CsvRecordSource csv) {
                // Shown before anything is sent, so a column that maps wrongly is noticed at once.
                err.println("columns: " + csv.mapping().describe());
                csv.mapping().notes().forEach(note -> err.println("note: " + note));
            }
            failure = send(source, summary, rejects);
        } catch (IOException | UncheckedIOException e) {
            failure = "cannot write the rejects file " + options.rejects() + ": " + message(e);
        } finally {
            if (rejects != null) {
                try {
                    rejects.close();
                } catch (IOException e) {
                    failure = failure != null ? failure : "cannot write the rejects file: " + message(e);
                }
            }
        }
        if (failure != null) {
            err.println("voc import: " + failure);
        }
        out.print(summary.render(options.rejects(), Duration.ofNanos(System.nanoTime() - started)));
        out.flush();
        return failure == null ? OK : FAILED;
    }

    /** @return why the import stopped early, or null when the whole file was read and sent */
    private String send(RecordSource source, ImportSummary summary, RejectsFile rejects) throws IOException {
        ProgressBar bar = new ProgressBar(err, terminal, Files.size(options.file()), System::nanoTime);
        BulkClient client = BulkClient.overHttp(options.bulkEndpoint(), options.authorization(), outcomes -> {
            summary.add(outcomes);
            try {
                rejects.write(outcomes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, bar::note);
        String failure = null;
        try {
            try {
                for (SourceRecord record = source.next(); record != null; record = source.next()) {
                    summary.recordRead();
                    client.add(record);
                    bar.update(source.bytesRead(), summary.read());
                }
            } catch (NoSuchFileException e) {
                failure = options.file() + ": no such file";
            } catch (IOException e) {
                // What was read before the broken part is still worth sending.
                failure = options.file() + ": " + message(e) + "; the records before it were sent";
            }
            client.flush();
        } catch (BulkClient.ImportFailedException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } finally {
            bar.finish();
        }
        return failure;
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
