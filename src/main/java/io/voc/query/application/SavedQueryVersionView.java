package io.voc.query.application;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.voc.query.model.SavedQueryChanged;
import java.time.Instant;
import java.util.List;

/**
 * One version in a saved query's history: who, when, what they changed ({@code created}, {@code name},
 * {@code description}, {@code definition}, {@code sharing}) and the query as of that version.
 */
public record SavedQueryVersionView(int version, String changedBy, Instant changedAt, List<String> changed,
        String name, String description, @JsonRawValue String definition, SavedQueryView.Sharing sharing) {

    static SavedQueryVersionView of(SavedQueryChanged v) {
        return new SavedQueryVersionView(v.version(), v.by(), v.at(),
                v.what().stream().sorted().map(SavedQueryChanged.What::wireName).toList(), v.name(), v.description(),
                v.definition(), SavedQueryView.Sharing.of(v.visibility()));
    }
}
