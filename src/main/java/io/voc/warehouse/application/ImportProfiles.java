package io.voc.warehouse.application;

import io.voc.platform.Failures;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import io.voc.warehouse.model.ProfileImport;
import io.voc.warehouse.model.ProfileImport.Rejection;
import io.voc.warehouse.model.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Use case: refresh the user profiles from the warehouse - on request, and once per {@code refresh-every} period
 * on one of the instances. Rows are stored in batches as they are read (progress shows in the import's record);
 * profiles gone from the table are removed once every row was read. An empty table is refused rather than taken
 * as "every user is gone": that is far more often a broken load upstream.
 */
@ApplicationScoped
public class ImportProfiles {
    private static final Logger LOG = Logger.getLogger(ImportProfiles.class);
    static final int BATCH = 1_000;
    /** A running import saves its progress every batch (seconds); this much silence means its instance stopped. */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private final ProfileTable table;
    private final UserProfiles profiles;
    private final ProfileImports imports;
    private final String database;
    private final Duration refreshEvery;

    ImportProfiles(ProfileTable table, UserProfiles profiles, ProfileImports imports, VocConfig config) {
        this.table = table;
        this.profiles = profiles;
        this.imports = imports;
        this.database = config.warehouse().database();
        this.refreshEvery = config.warehouse().profiles().refreshEvery();
    }

    /** Queues a refresh now; some instance's trigger runs it within moments. */
    public ProfileImportReport request(String requestedBy) {
        ProfileImport run = ProfileImport.requested(requestedBy, Instant.now());
        imports.add(run);
        return ProfileImportReport.of(run);
    }

    public List<ProfileImportReport> recent(int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "limit must be between 1 and 100 (got " + limit + ")");
        }
        return imports.recent(limit).stream().map(ProfileImportReport::of).toList();
    }

    public Optional<UserProfile> profile(String userId) {
        return Optional.ofNullable(profiles.of(List.of(userId)).get(userId));
    }

    /**
     * One round of the trigger: marks imports of stopped instances failed, then runs a requested import or this
     * period's scheduled one if no instance has yet. The import run here, if any.
     */
    public Optional<ProfileImportReport> runDue(String instance, Instant now, boolean scheduled) {
        for (ProfileImport stale : imports.running()) {
            if (stale.abandoned(now, SILENCE)) {
                stale.fail("its instance (" + stale.owner().orElse("?") + ") stopped mid-way; the next refresh "
                        + "completes what it stored", now);
                imports.save(stale);
            }
        }
        Optional<ProfileImport> run = imports.take(instance);
        if (run.isEmpty() && scheduled) {
            ProfileImport slot = ProfileImport.scheduled(Long.toString(now.toEpochMilli() / refreshEvery.toMillis()),
                    instance, now);
            run = imports.add(slot) ? Optional.of(slot) : Optional.empty();
        }
        run.ifPresent(this::run);
        return run.map(ProfileImportReport::of);
    }

    private void run(ProfileImport run) {
        LOG.infof("Profile import %s started (%s)", run.id(), run.slot());
        try {
            Batch batch = new Batch(run);
            table.readAll(database, batch);
            batch.flush();
            if (run.read() == 0) {
                run.fail("the warehouse's profile table " + database + " has no rows; kept the " + profiles.count()
                        + " profiles stored (an empty table is far more often a broken load than no users)", Instant.now());
            } else if (run.imported() == 0) {
                run.fail("none of the " + run.read() + " rows is a valid profile; kept the profiles stored",
                        Instant.now());
            } else {
                run.finish(profiles.removeAllBut(run.id()), Instant.now());
            }
        } catch (RuntimeException e) {
            run.fail(Failures.describe(e), Instant.now());
        }
        imports.save(run);
        LOG.infof("Profile import %s %s: %d read, %d stored, %d rejected, %d removed%s", run.id(), run.status(),
                run.read(), run.imported(), run.rejected(), run.removed(), run.error().map(e -> ": " + e).orElse(""));
    }

    /** Rows on their way into the store, a batch at a time. */
    private final class Batch implements ProfileTable.Rows {
        private final ProfileImport run;
        private final List<UserProfile> valid = new ArrayList<>(BATCH);
        private final List<Rejection> rejected = new ArrayList<>();

        Batch(ProfileImport run) {
            this.run = run;
        }

        @Override
        public void profile(UserProfile profile) {
            valid.add(profile);
            flushWhenFull();
        }

        @Override
        public void rejected(Rejection rejection) {
            rejected.add(rejection);
            flushWhenFull();
        }

        private void flushWhenFull() {
            if (valid.size() + rejected.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            Instant now = Instant.now();
            if (!valid.isEmpty()) {
                profiles.store(valid, run.id(), now);
            }
            run.progressed(valid.size(), rejected, now);
            imports.save(run);
            valid.clear();
            rejected.clear();
        }
    }
}
