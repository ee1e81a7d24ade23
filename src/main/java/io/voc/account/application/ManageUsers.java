package io.voc.account.application;

import io.voc.account.model.NotAllowedException;
import io.voc.account.model.PasswordPolicy;
import io.voc.account.model.Role;
import io.voc.account.model.Scope;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * Use case: admins manage people - create them, change their role and products, disable and enable
 * them, set a new password - and anyone changes their own password. Every change is in the audit log.
 * The rule that one active admin must remain lives on {@link User}; the store gives it the admin count
 * under a lock.
 */
@ApplicationScoped
public class ManageUsers {
    private final Users users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final BrowserSessions sessions;
    private final Clock clock = Clock.systemUTC();

    ManageUsers(Users users, PasswordHasher hasher, AuditLog audit, BrowserSessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.sessions = sessions;
    }

    public List<UserView> list(Caller admin) {
        requireAdmin(admin);
        return users.list().stream().map(UserView::of).toList();
    }

    public UserView get(Caller admin, String username) {
        requireAdmin(admin);
        return UserView.of(users.find(parse(username)).orElseThrow(() -> new UserNotFoundException(username)));
    }

    public UserView create(Caller admin, String username, String displayName, Role role, ProductScope products,
            String password) {
        requireAdmin(admin);
        Username name = parse(username);
        if (role == null) {
            throw new InvalidInputException("role", "role is required: viewer, analyst or admin");
        }
        PasswordPolicy.check(password, name);
        User user = User.create(name, displayName == null || displayName.isBlank() ? name.value() : displayName, role,
                products == null ? ProductScope.only(java.util.Set.of()) : products, hasher.hash(password), clock.instant());
        if (!users.addIfAbsent(user)) {
            throw new InvalidInputException("username", "username '" + name + "' is taken");
        }
        audit.record(admin.userId(), admin.username(), AuditLog.Action.USER_CREATED, name.value(),
                "role " + role.name().toLowerCase() + ", products " + user.grant());
        return UserView.of(user);
    }

    public UserView changeRole(Caller admin, String username, Role role) {
        requireAdmin(admin);
        if (role == null) {
            throw new InvalidInputException("role", "role is required: viewer, analyst or admin");
        }
        return change(admin, username, AuditLog.Action.USER_ROLE_CHANGED, "role " + role.name().toLowerCase(),
                (user, admins) -> user.changeRole(role, admins, clock.instant()));
    }

    public UserView grant(Caller admin, String username, ProductScope products) {
        requireAdmin(admin);
        if (products == null) {
            throw new InvalidInputException("products", "products is required (a list, or null with allProducts)");
        }
        return change(admin, username, AuditLog.Action.USER_PRODUCTS_CHANGED, "products " + products,
                (user, admins) -> user.grant(products, clock.instant()));
    }

    /** Disabled users cannot sign in; their sessions and tokens stop working with their next request. */
    public UserView disable(Caller admin, String username) {
        requireAdmin(admin);
        return change(admin, username, AuditLog.Action.USER_DISABLED, null,
                (user, admins) -> user.disable(admins, clock.instant()));
    }

    public UserView enable(Caller admin, String username) {
        requireAdmin(admin);
        return change(admin, username, AuditLog.Action.USER_ENABLED, null, (user, admins) -> user.enable(clock.instant()));
    }

    public UserView setPassword(Caller admin, String username, String password) {
        requireAdmin(admin);
        Username name = parse(username);
        PasswordPolicy.check(password, name);
        String hash = hasher.hash(password);
        UserView changed = change(admin, username, AuditLog.Action.USER_PASSWORD_SET, "by an admin",
                (user, admins) -> user.changePasswordHash(hash, clock.instant()));
        users.find(name).ifPresent(user -> sessions.endAllOf(user.id(), null));
        return changed;
    }

    /**
     * The caller's own password; the current one must be given, so a borrowed session cannot take over.
     * Every other session of theirs ends; the one in {@code keepSessionCookie} (the browser making the
     * change, if any) goes on.
     */
    public void changeOwnPassword(Caller caller, String current, String password, String keepSessionCookie) {
        if (caller.via() == Caller.Via.TOKEN) {
            throw new NotAllowedException("a token cannot change a password");
        }
        User user = users.findById(caller.userId()).orElseThrow(() -> new UserNotFoundException(caller.username()));
        if (current == null || !hasher.verify(current, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        PasswordPolicy.check(password, user.username());
        String hash = hasher.hash(password);
        change(caller, user.username().value(), AuditLog.Action.USER_PASSWORD_SET, "by themselves",
                (u, admins) -> u.changePasswordHash(hash, clock.instant()));
        sessions.endAllOf(user.id(), keepSessionCookie);
    }

    private UserView change(Caller actor, String username, AuditLog.Action action, String detail,
            ObjLongConsumer<User> change) {
        User changed = users.change(parse(username), change).orElseThrow(() -> new UserNotFoundException(username));
        audit.record(actor.userId(), actor.username(), action, changed.username().value(), detail);
        return UserView.of(changed);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.may(Scope.ADMIN)) {
            throw new NotAllowedException("only admins manage users");
        }
    }

    private static Username parse(String username) {
        if (username == null) {
            throw new InvalidInputException("username", "username is required");
        }
        return new Username(username);
    }
}
