package io.voc.warehouse.application;

import io.voc.ingest.application.LoadDemoFeedback;
import io.voc.ingest.demo.DemoProfiles;
import io.voc.ingest.demo.DemoSpec;
import io.voc.platform.VocConfig;
import io.voc.warehouse.model.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Use case: the demo's warehouse side - the profile table filled with the profiles of the demo feedback's authors
 * (planted groups included, see {@link DemoProfiles}), then a profile import requested, as analysts' daily load
 * and VOC's refresh would do.
 */
@ApplicationScoped
public class LoadDemoProfiles {
    private final ProfileTable table;
    private final ImportProfiles imports;
    private final String database;

    LoadDemoProfiles(ProfileTable table, ImportProfiles imports, VocConfig config) {
        this.table = table;
        this.imports = imports;
        this.database = config.warehouse().database();
    }

    public record Loaded(String database, int profiles, ProfileImportReport importRequested) {
    }

    /** The profiles of the standard demo of today, as {@code ./voc up} loads its feedback. */
    public Loaded load(String requestedBy) {
        return load(LoadDemoFeedback.standardSpec(), requestedBy);
    }

    public Loaded load(DemoSpec spec, String requestedBy) {
        List<UserProfile> profiles = DemoProfiles.generate(spec).stream()
                .map(p -> new UserProfile(p.userId(), p.country(), p.ageBand(), p.deviceTier(), p.tenureDays(),
                        p.membership(), p.activityLevel()))
                .toList();
        table.replaceAll(database, profiles);
        return new Loaded(database, profiles.size(), imports.request(requestedBy));
    }
}
