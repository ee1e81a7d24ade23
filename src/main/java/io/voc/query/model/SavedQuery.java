package io.voc.query.model;

import io.voc.account.model.NotAllowedException;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A query an analyst built once and keeps: a name, a description, the definition (JSON; what it means is
 * the query model's business, checked before it gets here), its owner and who else sees it. Every change
 * makes a new version and returns it as an event, so the history says who changed what; a change that
 * changes nothing makes none. Only the owner and admins change a query; whoever it is shared with may read
 * and run it.
 */
public final class SavedQuery {
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2_000;
    /** Far above any real definition; keeps a runaway client from storing megabytes per version. */
    public static final int MAX_DEFINITION = 100_000;

    private final UUID id;
    private final String owner;
    private final Instant createdAt;
    private final String createdBy;
    private String name;
    private String description;
    private String definition;
    private Visibility visibility;
    private int version;
    private Instant updatedAt;
    private String updatedBy;

    /** The stored state of a saved query. {@code description}: null when there is none. */
    public record State(UUID id, String name, String description, String definition, String owner,
            Visibility visibility, int version, Instant createdAt, String createdBy, Instant updatedAt,
            String updatedBy) {
    }

    private SavedQuery(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.name = checkName(s.name());
        this.description = checkDescription(s.description());
        this.definition = checkDefinition(s.definition());
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.visibility = Objects.requireNonNull(s.visibility(), "visibility");
        if (s.version() < 1) {
            throw new IllegalArgumentException("versions count from 1 (got " + s.version() + ")");
        }
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.updatedBy = Objects.requireNonNull(s.updatedBy(), "updatedBy");
    }

    /** A new query owned by {@code by}, and its first version. */
    public static Created create(QueryUser by, String name, String description, String definition,
            Visibility visibility, Instant at) {
        SavedQuery query = new SavedQuery(new State(UUID.randomUUID(), name, description, definition, by.username(),
                visibility == null ? Visibility.PRIVATE : visibility, 1, at, by.username(), at, by.username()));
        return new Created(query, query.version(EnumSet.of(SavedQueryChanged.What.CREATED)));
    }

    public record Created(SavedQuery query, SavedQueryChanged firstVersion) {
    }

    public static SavedQuery restore(State state) {
        return new SavedQuery(state);
    }

    public State state() {
        return new State(id, name, description, definition, owner, visibility, version, createdAt, createdBy,
                updatedAt, updatedBy);
    }

    /**
     * Changes name, description or definition. All rules are checked before anything changes, so a refused
     * edit leaves the query as it was.
     */
    public Optional<SavedQueryChanged> edit(QueryUser by, SavedQueryChanges changes, Instant at) {
        requireMayChange(by);
        String newName = changes.name() == null ? name : checkName(changes.name());
        String newDescription = changes.description() == null ? description : checkDescription(changes.description());
        String newDefinition = changes.definition() == null ? definition : checkDefinition(changes.definition());
        Set<SavedQueryChanged.What> what = EnumSet.noneOf(SavedQueryChanged.What.class);
        if (!newName.equals(name)) {
            what.add(SavedQueryChanged.What.NAME);
        }
        if (!Objects.equals(newDescription, description)) {
            what.add(SavedQueryChanged.What.DESCRIPTION);
        }
        if (!newDefinition.equals(definition)) {
            what.add(SavedQueryChanged.What.DEFINITION);
        }
        if (what.isEmpty()) {
            return Optional.empty();
        }
        name = newName;
        description = newDescription;
        definition = newDefinition;
        return Optional.of(bump(by, what, at));
    }

    /** Shares the query with other people and roles, or makes it private again (an empty visibility). */
    public Optional<SavedQueryChanged> share(QueryUser by, Visibility newVisibility, Instant at) {
        requireMayChange(by);
        Objects.requireNonNull(newVisibility, "visibility");
        if (newVisibility.equals(visibility)) {
            return Optional.empty();
        }
        visibility = newVisibility;
        return Optional.of(bump(by, EnumSet.of(SavedQueryChanged.What.SHARING), at));
    }

    /** The owner, admins, and whoever it is shared with by name or by role. */
    public boolean isVisibleTo(QueryUser viewer) {
        return mayChange(viewer) || visibility.includes(viewer.username(), viewer.role());
    }

    /** Changing, sharing and deleting are for the owner and admins. */
    public boolean mayChange(QueryUser viewer) {
        return viewer.admin() || owner.equals(viewer.username());
    }

    private void requireMayChange(QueryUser by) {
        if (!mayChange(by)) {
            throw new NotAllowedException("only its owner (" + owner + ") or an admin may change the saved query '"
                    + name + "'");
        }
    }

    private SavedQueryChanged bump(QueryUser by, Set<SavedQueryChanged.What> what, Instant at) {
        version++;
        updatedAt = at;
        updatedBy = by.username();
        return version(what);
    }

    private SavedQueryChanged version(Set<SavedQueryChanged.What> what) {
        return new SavedQueryChanged(id, version, updatedBy, updatedAt, what, name, description, definition,
                visibility);
    }

    private static String checkName(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        String v = value.strip();
        if (v.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME + " characters");
        }
        return v;
    }

    private static String checkDescription(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description",
                    "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        return v;
    }

    private static String checkDefinition(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("definition", "definition is required (a JSON object)");
        }
        if (value.length() > MAX_DEFINITION) {
            throw new InvalidInputException("definition",
                    "definition must be at most " + MAX_DEFINITION + " characters of JSON");
        }
        return value;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public Visibility visibility() {
        return visibility;
    }

    public int version() {
        return version;
    }
}
