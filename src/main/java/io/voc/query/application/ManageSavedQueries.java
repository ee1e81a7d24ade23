package io.voc.query.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.application.Users;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.account.model.Username;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.query.model.SavedQueryChanged;
import io.voc.query.model.SavedQueryChanges;
import io.voc.query.model.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: analysts keep the queries they build - create, list, read, edit (every change a version),
 * share, see the history, delete. Making and changing queries takes the query scope (analysts, admins);
 * whoever a query is shared with reads it with the read scope. A query the caller may not see is "not
 * found", so ids reveal nothing; one they see but may not change is refused (403). Every change is audited.
 */
@ApplicationScoped
public class ManageSavedQueries {
    public static final int PAGE_SIZE = 50;
    /** Far beyond any real list; keeps the offset a sensible number. */
    public static final int MAX_PAGE = 10_000;

    private final SavedQueries queries;
    private final QueryDefinitionCheck definitions;
    private final Users users;
    private final AuditLog audit;
    // PostgreSQL keeps microseconds: a time read back equals the one saved
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));

    ManageSavedQueries(SavedQueries queries, QueryDefinitionCheck definitions, Users users, AuditLog audit) {
        this.queries = queries;
        this.definitions = definitions;
        this.users = users;
        this.audit = audit;
    }

    public SavedQueryView create(Caller caller, String name, String description, JsonNode definition,
            Visibility visibility) {
        QueryUser me = requireMayWrite(caller);
        Visibility sharing = visibility == null ? Visibility.PRIVATE : visibility;
        SavedQuery.Created created = SavedQuery.create(me, name, description, canonical(definition), sharing,
                clock.instant());
        requireUsersExist(sharing);
        if (!queries.add(created.query(), created.firstVersion())) {
            throw nameTaken(created.query().name());
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_CREATED, target(created.query()),
                sharing.isPrivate() ? "private" : "shared with " + describe(sharing));
        return SavedQueryView.of(created.query(), true);
    }

    /**
     * A page (from 1) of the queries the caller owns or that are shared with them, most recently changed
     * first; {@code everyone}: every query, for admins.
     */
    public SavedQueryList list(Caller caller, int page, boolean everyone) {
        QueryUser me = requireMayRead(caller);
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page must be from 1 to " + MAX_PAGE + " (got " + page + ")");
        }
        if (everyone && !me.admin()) {
            throw new NotAllowedException("only admins may list every saved query");
        }
        List<SavedQuery> found = queries.visibleTo(me, everyone, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        List<SavedQueryView> items = found.stream().limit(PAGE_SIZE).map(q -> SavedQueryView.of(q, q.mayChange(me)))
                .toList();
        return new SavedQueryList(items, page, found.size() > PAGE_SIZE);
    }

    public SavedQueryView get(Caller caller, UUID id) {
        QueryUser me = requireMayRead(caller);
        SavedQuery query = visible(me, id);
        return SavedQueryView.of(query, query.mayChange(me));
    }

    /**
     * Applies the changes to the query as it is at {@code expectedVersion} (the version the caller loaded);
     * a newer one means somebody else changed it meanwhile (409). No real change: no new version.
     */
    public SavedQueryView edit(Caller caller, UUID id, int expectedVersion, QueryEdit edit) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, id);
        requireMayChange(me, query, "change");
        if (query.version() != expectedVersion) {
            throw new ChangedMeanwhileException(query.name(), expectedVersion, query.version());
        }
        SavedQueryChanges changes = new SavedQueryChanges(edit.name(), edit.description(),
                edit.definition() == null ? null : canonical(edit.definition()));
        Optional<SavedQueryChanged> change = query.edit(me, changes, clock.instant());
        if (change.isPresent()) {
            save(query, expectedVersion, change.get());
            audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_CHANGED, target(query),
                    "version " + change.get().version() + ": " + String.join(", ",
                            change.get().what().stream().sorted().map(SavedQueryChanged.What::wireName).toList()));
        }
        return SavedQueryView.of(query, true);
    }

    /** Shares the query with these roles and users (which must exist), or makes it private (both empty). */
    public SavedQueryView share(Caller caller, UUID id, Visibility visibility) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, id);
        requireMayChange(me, query, "share");
        int loaded = query.version();
        Visibility sharing = visibility == null ? Visibility.PRIVATE : visibility;
        requireUsersExist(sharing);
        Optional<SavedQueryChanged> change = query.share(me, sharing, clock.instant());
        if (change.isPresent()) {
            save(query, loaded, change.get());
            audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_SHARED, target(query),
                    sharing.isPrivate() ? "private" : "shared with " + describe(sharing));
        }
        return SavedQueryView.of(query, true);
    }

    /** Every version, newest first. */
    public List<SavedQueryVersionView> history(Caller caller, UUID id) {
        QueryUser me = requireMayRead(caller);
        visible(me, id);
        return queries.history(id).stream().map(SavedQueryVersionView::of).toList();
    }

    /** Deletes the query with its history; for its owner and admins. */
    public void delete(Caller caller, UUID id) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, id);
        requireMayChange(me, query, "delete");
        if (!queries.delete(id)) {
            throw new SavedQueryNotFoundException(id);
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_DELETED, target(query), null);
    }

    private void save(SavedQuery query, int expectedVersion, SavedQueryChanged change) {
        switch (queries.save(query, expectedVersion, change)) {
            case SAVED -> {
            }
            case NAME_TAKEN -> throw nameTaken(query.name());
            case CHANGED_MEANWHILE -> {
                int current = queries.find(query.id()).map(SavedQuery::version).orElse(expectedVersion);
                throw new ChangedMeanwhileException(query.name(), expectedVersion, current);
            }
        }
    }

    private static void requireMayChange(QueryUser me, SavedQuery query, String what) {
        if (!query.mayChange(me)) {
            throw new NotAllowedException("only its owner (" + query.owner() + ") or an admin may " + what
                    + " the saved query '" + query.name() + "'");
        }
    }

    private SavedQuery visible(QueryUser me, UUID id) {
        return queries.find(id).filter(q -> q.isVisibleTo(me)).orElseThrow(() -> new SavedQueryNotFoundException(id));
    }

    private String canonical(JsonNode definition) {
        if (definition == null || definition.isNull() || definition.isMissingNode()) {
            throw new InvalidInputException("definition", "definition is required (a JSON object)");
        }
        return definitions.canonical(definition).toString();
    }

    /** Sharing with a name nobody signs in with would share with nobody now and with a stranger later. */
    private void requireUsersExist(Visibility visibility) {
        List<String> unknown = visibility.sortedUsers().stream()
                .filter(u -> users.find(new Username(u)).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("users", "no such user: " + String.join(", ", unknown));
        }
    }

    private static QueryUser requireMayRead(Caller caller) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading saved queries needs the read scope");
        }
        return user(caller);
    }

    private static QueryUser requireMayWrite(Caller caller) {
        if (!caller.may(Scope.QUERY)) {
            throw new NotAllowedException("saving and changing queries needs the query scope (analyst or admin)");
        }
        return user(caller);
    }

    /** Admin powers go with the admin scope: a token of an admin that lacks it acts as its owner only. */
    static QueryUser user(Caller caller) {
        return new QueryUser(caller.username(), caller.role(), caller.may(Scope.ADMIN));
    }

    private static InvalidInputException nameTaken(String name) {
        return new InvalidInputException("name", "you already have a saved query named '" + name
                + "'; choose another name");
    }

    private static String describe(Visibility v) {
        List<String> who = new ArrayList<>();
        v.roles().stream().sorted().forEach(r -> who.add("role " + r.name().toLowerCase(Locale.ROOT)));
        v.sortedUsers().forEach(who::add);
        return String.join(", ", who);
    }

    private static String target(SavedQuery query) {
        return "query " + query.name() + " (" + query.id() + ")";
    }
}
