package io.voc.persona.application;

import io.voc.persona.model.PersonaRun;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.model.TimeBounds;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: ask for a build of the personas (defaults from {@code voc.personas.*}), watch runs, read the personas.
 * A worker on some instance (PersonaWorker) runs queued runs; this class never runs one.
 */
@ApplicationScoped
public class ManagePersonas {
    private final PersonaRuns runs;
    private final PersonaVersions versions;
    private final VocConfig.Personas defaults;

    ManagePersonas(PersonaRuns runs, PersonaVersions versions, VocConfig config) {
        this.runs = runs;
        this.versions = versions;
        this.defaults = config.personas();
    }

    /** What a run may be asked for; every part is optional. {@code from}/{@code to}: ISO instants or days. */
    public record Request(Long seed, Integer kMin, Integer kMax, String from, String to) {
    }

    public PersonaRunReport request(Request request, String requestedBy) {
        Request r = request == null ? new Request(null, null, null, null, null) : request;
        // by default whole UTC days, today included: the window reads (and links) as dates
        Instant to = r.to() == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                : TimeBounds.parse("to", r.to(), true);
        Instant from = r.from() == null ? to.minus(Duration.ofDays(defaults.windowDays()))
                : TimeBounds.parse("from", r.from(), false);
        PersonaRun.Spec spec = new PersonaRun.Spec(r.seed() == null ? defaults.seed() : r.seed(),
                r.kMin() == null ? defaults.kMin() : r.kMin(), r.kMax() == null ? defaults.kMax() : r.kMax(), from, to);
        PersonaRun run = PersonaRun.queue(spec, requestedBy, Instant.now());
        runs.add(run);
        return PersonaRunReport.of(run);
    }

    public List<PersonaRunReport> recent(int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "limit must be between 1 and 100 (got " + limit + ")");
        }
        return runs.recent(limit).stream().map(PersonaRunReport::of).toList();
    }

    public Optional<PersonaRunReport> run(String id) {
        try {
            return runs.find(UUID.fromString(id)).map(PersonaRunReport::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The newest version; empty before the first run is done. */
    public Optional<StoredPersonas> latest() {
        return versions.latest();
    }

    public Optional<StoredPersonas> version(long version) {
        return versions.find(version);
    }
}
