package io.voc.persona.application;

import io.voc.persona.model.PersonaRun;
import io.voc.persona.model.PersonaSet;
import io.voc.persona.model.UserActivity;
import io.voc.platform.Failures;
import io.voc.warehouse.application.UserProfiles;
import io.voc.warehouse.model.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Works a persona run this instance has taken: reads the window's feedback per author, joins the authors'
 * profiles, clusters, stores the new version, then marks every feedback of its users with their persona, a page
 * of users at a time, saving progress after each. A run taken over in its marking goes on after the users
 * already marked; marking again is harmless (the same name is written).
 */
@ApplicationScoped
public class RunPersonas {
    private static final Logger LOG = Logger.getLogger(RunPersonas.class);
    static final int PROFILE_BATCH = 5_000;
    static final int MARK_PAGE = 2_000;

    private final PersonaRuns runs;
    private final PersonaVersions versions;
    private final PersonaMarks marks;
    private final CollectActivity collect;
    private final UserProfiles profiles;

    RunPersonas(PersonaRuns runs, PersonaVersions versions, PersonaMarks marks, CollectActivity collect,
            UserProfiles profiles) {
        this.runs = runs;
        this.versions = versions;
        this.marks = marks;
        this.collect = collect;
        this.profiles = profiles;
    }

    public void run(PersonaRun run, String instance, BooleanSupplier keepGoing) {
        run.begin(Instant.now());
        if (!runs.save(run, instance)) {
            return;
        }
        try {
            if (run.phase().orElseThrow() == PersonaRun.Phase.READING && !build(run, instance)) {
                return;
            }
            mark(run, instance, keepGoing);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Persona run %s failed", run.id());
            run.fail(Failures.describe(e), Instant.now());
            runs.save(run, instance);
        }
    }

    /** Reading, clustering, storing; false when the run was taken over meanwhile. */
    private boolean build(PersonaRun run, String instance) {
        PersonaRun.Spec spec = run.spec();
        boolean[] held = {true};
        List<UserActivity> activity = collect.between(spec.from(), spec.to(), (read, total) -> {
            run.reading(read, total, Instant.now());
            held[0] = held[0] && runs.save(run, instance);
        });
        if (!held[0]) {
            return false;
        }
        run.clustering(Instant.now());
        runs.save(run, instance);
        Map<String, UserProfile> known = profilesOf(activity);
        PersonaSet personas = PersonaSet.build(activity, known, spec.kMin(), spec.kMax(), spec.seed(), Instant.now());
        long version = versions.save(personas, run.id(), spec);
        LOG.infof("Persona run %s: version %d, %d personas (silhouette %.3f) of %d users, %d with a profile", run.id(),
                version, personas.k(), personas.silhouette(), activity.size(), known.size());
        run.stored(version, activity.size(), Instant.now());
        return runs.save(run, instance);
    }

    private Map<String, UserProfile> profilesOf(List<UserActivity> activity) {
        Map<String, UserProfile> known = new HashMap<>();
        List<String> ids = activity.stream().map(UserActivity::userId).toList();
        for (int from = 0; from < ids.size(); from += PROFILE_BATCH) {
            known.putAll(profiles.of(ids.subList(from, Math.min(ids.size(), from + PROFILE_BATCH))));
        }
        return known;
    }

    private void mark(PersonaRun run, String instance, BooleanSupplier keepGoing) {
        long version = run.version().orElseThrow();
        StoredPersonas stored = versions.find(version).orElseThrow(
                () -> new IllegalStateException("persona version " + version + " is gone"));
        long offset = run.marked();
        while (keepGoing.getAsBoolean()) {
            List<PersonaVersions.Member> page = versions.members(version, offset, MARK_PAGE);
            if (page.isEmpty()) {
                marks.clearOthers(stored.personas().stream().map(p -> p.name()).toList());
                run.finish(Instant.now());
                runs.save(run, instance);
                LOG.infof("Persona run %s done: %d users marked with version %d", run.id(), run.marked(), version);
                return;
            }
            Map<String, List<String>> byPersona = new LinkedHashMap<>();
            page.forEach(m -> byPersona.computeIfAbsent(m.personaKey(), k -> new ArrayList<>()).add(m.userId()));
            byPersona.forEach((key, users) -> marks.mark(stored.persona(key).orElseThrow().name(), users));
            offset += page.size();
            run.marked(offset, Instant.now());
            if (!runs.save(run, instance)) {
                return; // taken over: the new holder goes on from the last page saved
            }
        }
    }
}
