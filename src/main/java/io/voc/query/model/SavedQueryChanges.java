package io.voc.query.model;

/**
 * An edit of a saved query: the new name, description or definition (JSON text, already checked and in
 * canonical form); null leaves that part as it is. An empty description clears it.
 */
public record SavedQueryChanges(String name, String description, String definition) {
    public boolean isEmpty() {
        return name == null && description == null && definition == null;
    }
}
