package io.voc.search.application;

import java.util.Map;

/**
 * What the store did with a batch: how many feedback it created, how many it already had
 * (replays - not an error), and which it refused for good, by id with the reason (retrying
 * would fail again, so they belong in the dead-letter topic).
 */
public record StoreOutcome(int created, int alreadyStored, Map<String, String> refused) {
    public static final StoreOutcome NOTHING = new StoreOutcome(0, 0, Map.of());

    public StoreOutcome {
        refused = Map.copyOf(refused);
    }
}
