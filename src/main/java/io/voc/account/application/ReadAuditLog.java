package io.voc.account.application;

import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Use case: admins read the audit log, newest first, a page at a time. */
@ApplicationScoped
public class ReadAuditLog {
    public static final int MAX_PAGE = 500;

    private final AuditLog audit;

    ReadAuditLog(AuditLog audit) {
        this.audit = audit;
    }

    /** A page, and the {@code before} that asks for the next one (null on the last page). */
    public record Page(List<AuditLog.Entry> items, Long nextBefore) {
    }

    public Page read(Caller caller, int limit, Long before) {
        if (!caller.may(Scope.ADMIN)) {
            throw new NotAllowedException("only admins read the audit log");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        List<AuditLog.Entry> items = audit.recent(limit, before);
        return new Page(items, items.size() == limit ? items.get(items.size() - 1).id() : null);
    }
}
