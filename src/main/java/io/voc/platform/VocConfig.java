package io.voc.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** VOC's own settings (prefix {@code voc.}); the servers' addresses are Quarkus settings. */
@ConfigMapping(prefix = "voc")
public interface VocConfig {

    Topics topics();

    Index index();

    Rollups rollups();

    Bridge bridge();

    /**
     * The source regions of the bridge, {@code voc.regions.<name>.<setting>}: declared here so that their
     * properties belong to VOC's configuration; read and checked by RegionSettings (docs/regions.md).
     */
    Map<String, Map<String, String>> regions();

    Indexer indexer();

    Nlp nlp();

    Admin admin();

    Auth auth();

    Cards cards();

    Schedules schedules();

    ExperimentNotices experimentNotices();

    Demo demo();

    ExperimentEvents experimentEvents();

    Warehouse warehouse();

    Personas personas();

    /** The defaults of a persona run (docs/personas.md); a run may ask for others. */
    interface Personas {
        /** The same data and seed give the same personas. */
        @WithDefault("1")
        long seed();

        /** The fewest personas to consider; the number is chosen by silhouette within kMin to kMax. */
        @WithDefault("4")
        int kMin();

        @WithDefault("10")
        int kMax();

        /** The feedback of the last this many days describes the users. */
        @WithDefault("90")
        int windowDays();
    }

    /** The data warehouse analysts work in: a HiveServer2, reached through Hive JDBC (docs/warehouse.md). */
    interface Warehouse {
        /** Its JDBC URL, e.g. {@code jdbc:hive2://hive.example:10000/default}; none set: no warehouse features. */
        java.util.Optional<String> url();

        /** The user VOC connects as (the local stack's HiveServer2 checks none). */
        @WithDefault("voc")
        String user();

        java.util.Optional<String> password();

        /** The Hive database of VOC's tables (feedback, feedback_load); created when missing. */
        @WithDefault("voc")
        String database();

        Export export();

        Profiles profiles();

        Queries queries();

        /** Saved queries written in HiveQL (docs/queries.md "HiveQL queries"). */
        interface Queries {
            /** The longest a HiveQL query may run, and how long it runs unless a run asks for less. */
            @WithDefault("10m")
            java.time.Duration timeout();
        }

        /** The import of user profiles from the warehouse (docs/warehouse.md "User profiles"). */
        interface Profiles {
            /** The table in {@code database} with one row per user (columns in docs/warehouse.md). */
            @WithDefault("user_profile")
            String table();

            /** Off: this instance runs no scheduled refresh (requested ones still run). */
            @WithDefault("true")
            boolean scheduled();

            /** How often the profiles are refreshed (by one instance). */
            @WithDefault("6h")
            java.time.Duration refreshEvery();

            /** How often an instance looks for a due or requested refresh (ProfileImportTrigger). */
            @WithDefault("30s")
            java.time.Duration pollEvery();
        }

        /** The export of enriched feedback into the warehouse (docs/warehouse.md "Export"). */
        interface Export {
            /** Off: this instance queues no daily run (backfills still run). */
            @WithDefault("true")
            boolean daily();

            /** When the daily run is queued, in UTC. */
            @WithDefault("02:00")
            java.time.LocalTime dailyAt();

            /** The days before today each daily run exports again: feedback arrives late. */
            @WithDefault("2")
            int lookbackDays();

            /** Rows per INSERT statement; a larger day goes through the load table. */
            @WithDefault("5000")
            int chunkRows();
        }
    }

    /** The consumer storing exposures and metric events (docs/experiments.md "Exposures and metric events"). */
    interface ExperimentEvents {
        /** Off on instances that should not consume them (the bulk API still publishes). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("voc-experiment-events")
        String groupId();

        /** Records per batch, and so per PostgreSQL transaction. */
        @WithDefault("2000")
        int maxBatch();
    }

    /** The demo data of `./voc up` (deploy/local/demo/README.md): loading it is refused unless on. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();
    }

    /** Experiment-result cards (docs/experiments.md "Result cards"). */
    interface ExperimentNotices {
        /** Off: this instance does not look for results to announce (the others still do; each once). */
        @WithDefault("true")
        boolean enabled();

        /** How often the running experiments' results are read for news (ExperimentNoticeTrigger). */
        @WithDefault("5m")
        java.time.Duration every();
    }

    /** The saved queries' schedules (docs/saved-queries.md "Schedules and alerts"). */
    interface Schedules {
        /** Off: this instance runs no schedule (the others still do; each slot runs on one of them). */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often this instance looks for due slots (ScheduleTrigger reads it as {@code voc.schedules.poll-every}):
         * a slot runs at most this long late. Every poll of every instance tries the claim, so a shorter period
         * costs an insert per enabled schedule per poll, nothing more.
         */
        @WithDefault("30s")
        java.time.Duration pollEvery();
    }

    /** Cards in chat (docs/cards.md): channels, their secrets at rest, where cards may go and link to. */
    interface Cards {
        /**
         * Base64 of 32 random bytes (env VOC_CARDS_SECRET_KEY) sealing channel URLs and secrets in PostgreSQL,
         * so a copy of the database opens no chat. Required: the app does not start without a valid one.
         */
        java.util.Optional<String> secretKey();

        /** Host names or addresses an admin allows although they are internal (loopback, private, ...). */
        java.util.Optional<java.util.Set<String>> allowedHosts();

        /** Where VOC is reached, for the links on cards (no trailing slash needed). */
        @WithDefault("http://localhost:8080")
        String publicUrl();

        /** Failed attempts after which a delivery is parked for an admin. */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after a delivery's first failure; it doubles with every further one (with jitter). */
        @WithDefault("2s")
        java.time.Duration retryBase();

        /** The longest wait between two attempts of one delivery. */
        @WithDefault("10m")
        java.time.Duration retryMax();

        Dispatcher dispatcher();
    }

    /** The dispatcher that sends queued cards (docs/cards.md "Dispatching"). */
    interface Dispatcher {
        /** Off on instances that should not send cards (every instance may: claims never overlap). */
        @WithDefault("true")
        boolean enabled();

        /** How often an idle dispatcher looks for due deliveries. */
        @WithDefault("1s")
        java.time.Duration pollEvery();

        /** Cards posted at the same time by this instance (each waits for its provider's answer). */
        @WithDefault("4")
        int threads();

        /** Deliveries claimed at once; also how many this instance holds claimed at most. */
        @WithDefault("20")
        int batchSize();
    }

    /** Browser sessions and sign-in. */
    interface Auth {
        /** A session unused this long ends (the user signs in again). */
        @WithDefault("8h")
        java.time.Duration sessionIdleTimeout();

        /** A session ends this long after sign-in, however busy. */
        @WithDefault("7d")
        java.time.Duration sessionLifetime();

        /** Mark cookies Secure even on plain HTTP, for a TLS-terminating proxy in front of VOC. */
        @WithDefault("false")
        boolean secureCookies();
    }

    /** The first admin, created at first start when no active admin exists. */
    interface Admin {
        /** Its password (env VOC_ADMIN_PASSWORD); unset: one is generated and printed once. Never logged. */
        java.util.Optional<String> password();

        /** Where a generated password is also written, as {@code admin-password.txt} (mode 0600). */
        java.util.Optional<String> passwordFileDir();
    }

    interface Topics {
        /** Where every source puts raw feedback; upstream systems produce here too. */
        @WithDefault("voc.feedback.raw")
        String raw();

        /** Records the pipeline could not accept, with the reason in headers. */
        @WithDefault("voc.feedback.dlq")
        String deadLetter();

        /** Experiment exposures from apps and the bulk API (JSON, docs/experiments.md). */
        @WithDefault("voc.experiment.exposures")
        String exposures();

        /** Metric events from apps and the bulk API. */
        @WithDefault("voc.experiment.metrics")
        String metricEvents();

        /** Exposures and metric events that cannot be stored, with the reason in headers. */
        @WithDefault("voc.experiment.dlq")
        String experimentDeadLetter();

        /** Partitions bound the parallelism of every consumer group reading the pipeline. */
        @WithDefault("6")
        int partitions();

        /** 1 on a single local broker; 3 on a production cluster. */
        @WithDefault("1")
        short replicationFactor();
    }

    interface Index {
        /** Indices are {@code <prefix>-000001...}; aliases {@code <prefix>} (read) and {@code <prefix>-write}. */
        @WithDefault("voc-feedback")
        String prefix();

        @WithDefault("1")
        int shards();

        @WithDefault("0")
        int replicas();

        Rollover rollover();
    }

    /**
     * The bridge role: carrying other regions' raw feedback home (docs/regions.md). The regions themselves are
     * {@code voc.regions.<name>.*} properties, read by RegionSettings.
     */
    interface Bridge {
        /** On: this instance bridges every configured region (give each instance its own regions or partitions). */
        @WithDefault("false")
        boolean enabled();

        /**
         * Prefix of the home cluster's compacted topics of how far each source partition was carried, one per
         * region and partition set ({@code voc.bridge.offsets.sg.all}); also the bridges' transactional ids.
         */
        @WithDefault("voc.bridge.offsets")
        String offsetsTopic();

        /** Records per read from a region. */
        @WithDefault("2000")
        int maxBatch();

        /**
         * How long a home transaction collects what was read before it is committed: what a crash can make
         * the bridge carry again, and the most a record waits to become visible at home.
         */
        @WithDefault("100ms")
        java.time.Duration commitInterval();

        /** Longest wait between attempts while a region's or the home cluster cannot be reached. */
        @WithDefault("30s")
        java.time.Duration maxBackoff();
    }

    /** Daily roll-ups of the feedback that overviews read closed days from (docs/dashboard.md "Daily roll-ups"). */
    interface Rollups {
        /** Off: overviews read every day live and this instance rolls nothing up. */
        @WithDefault("true")
        boolean enabled();

        /** How often the days written to since their roll-up are rolled up again (RollupTrigger). */
        @WithDefault("1m")
        java.time.Duration every();
    }

    /** When the write alias moves to a fresh index; the read alias keeps covering all of them. */
    interface Rollover {
        /** How often each instance checks the conditions (read by the scheduler). */
        @WithDefault("10m")
        String checkEvery();

        @WithDefault("30d")
        String maxAge();

        @WithDefault("30gb")
        String maxPrimaryShardSize();

        /** Mostly for tests; unset in production. */
        java.util.Optional<Long> maxDocs();
    }

    interface Indexer {
        /** Off on API-only replicas that should not consume the pipeline. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("voc-indexer")
        String groupId();

        /** Records per batch, and so per Elasticsearch bulk request (~2-3 MB at 5,000). */
        @WithDefault("5000")
        int maxBatch();
    }

    interface Nlp {
        /** Off on instances that should not run the enrichment consumer (the analyze API still works). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("voc-nlp")
        String groupId();

        /** Analysis threads sharing one CoreNLP pipeline; 0 means one per CPU core. */
        @WithDefault("0")
        int threads();

        /** Records per enrichment batch, and so per Elasticsearch bulk update. */
        @WithDefault("500")
        int maxBatch();

        /** Analyses kept for repeated texts ("great app", "keeps crashing"). */
        @WithDefault("20000")
        long cacheSize();

        /**
         * Skip CoreNLP's parser where the domain lexicon is decisive: results are the same, only sentences
         * decided that way carry no CoreNLP class probabilities. Off costs about twice the CPU.
         */
        @WithDefault("true")
        boolean fastPath();

        /** A directory whose files replace the built-in knowledge files of the same path (nlp/...). */
        java.util.Optional<String> dataDir();
    }
}
