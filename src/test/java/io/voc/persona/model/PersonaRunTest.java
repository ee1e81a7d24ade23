package io.voc.persona.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.voc.platform.model.IllegalJobStateException;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonaRunTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final PersonaRun.Spec SPEC = new PersonaRun.Spec(1, 4, 10, NOW.minusSeconds(86_400), NOW);

    @Test
    void progressIsReadingForTheFirstHalfAndMarkingForTheSecond() {
        PersonaRun run = running();
        run.begin(NOW);
        run.reading(500, 1_000, NOW);
        assertEquals(0.25, run.progress(), 1e-9);
        run.clustering(NOW);
        assertEquals(0.5, run.progress(), 1e-9);
        run.stored(3, 200, NOW);
        run.marked(100, NOW);
        assertEquals(0.75, run.progress(), 1e-9);
        run.finish(NOW);
        assertEquals(1, run.progress(), 1e-9);
        assertEquals(Optional.of(3L), run.version());
    }

    @Test
    void aRunTakenOverWhileMarkingGoesOnAfterTheUsersMarkedAndOneTakenOverEarlierReadsAgain() {
        PersonaRun marking = running();
        marking.begin(NOW);
        marking.clustering(NOW);
        marking.stored(3, 200, NOW);
        marking.marked(100, NOW);
        PersonaRun resumed = PersonaRun.restore(marking.state());
        resumed.begin(NOW);
        assertEquals(Optional.of(PersonaRun.Phase.MARKING), resumed.phase());
        assertEquals(100, resumed.marked());

        PersonaRun reading = running();
        reading.begin(NOW);
        reading.reading(500, 1_000, NOW);
        PersonaRun again = PersonaRun.restore(reading.state());
        again.begin(NOW);
        assertEquals(Optional.of(PersonaRun.Phase.READING), again.phase());
        assertEquals(0, again.read());
    }

    @Test
    void phasesComeInOrderAndABadSpecNamesItsField() {
        PersonaRun run = running();
        run.begin(NOW);
        assertThrows(IllegalJobStateException.class, () -> run.stored(1, 10, NOW), "clustering comes first");
        assertEquals("kMin", assertThrows(InvalidInputException.class,
                () -> new PersonaRun.Spec(1, 1, 10, NOW.minusSeconds(1), NOW)).field());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> new PersonaRun.Spec(1, 4, 10, NOW, NOW)).field());
    }

    /** As the store hands it to a worker that took it. */
    private static PersonaRun running() {
        PersonaRun.State queued = PersonaRun.queue(SPEC, "ann", NOW).state();
        return PersonaRun.restore(new PersonaRun.State(queued.id(), SPEC, "ann", NOW, PersonaRun.Status.RUNNING, null,
                0, 0, 0, 0, null, 0, "instance", NOW, null, NOW, null));
    }
}
