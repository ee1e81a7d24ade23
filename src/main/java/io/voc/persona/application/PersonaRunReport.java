package io.voc.persona.application;

import io.voc.persona.model.PersonaRun;
import java.time.Instant;

/** A persona run as operators see it: what it builds, how far it is (phase, counts, percent), and its version. */
public record PersonaRunReport(String id, long seed, int kMin, int kMax, Instant from, Instant to, String requestedBy,
        String status, String phase, long read, long toRead, long marked, long toMark, double percent, Long version,
        int resumes, String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static PersonaRunReport of(PersonaRun run) {
        PersonaRun.Spec spec = run.spec();
        return new PersonaRunReport(run.id().toString(), spec.seed(), spec.kMin(), spec.kMax(), spec.from(), spec.to(),
                run.requestedBy().orElse(null), run.status().name(), run.phase().map(Enum::name).orElse(null),
                run.read(), run.toRead(), run.marked(), run.toMark(), Math.round(run.progress() * 1000) / 10.0,
                run.version().orElse(null), run.resumes(), run.error().orElse(null), run.createdAt(),
                run.startedAt().orElse(null), run.finishedAt().orElse(null));
    }
}
