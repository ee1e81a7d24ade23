package io.voc.web;

import io.voc.account.application.ReadAuditLog;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The admin page of the audit log: newest first, {@value #PAGE_SIZE} a page, older ones behind a link. */
@RolesAllowed(Access.ADMIN)
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {
    static final int PAGE_SIZE = 50;

    private final Pages pages;
    private final ReadAuditLog audit;
    private final CurrentCaller caller;

    AuditPage(Pages pages, ReadAuditLog audit, CurrentCaller caller) {
        this.pages = pages;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    public Response show(@QueryParam("before") String before) {
        return PageForms.answer(() -> {
            Long beforeId = PageForms.optionalNumber(before, Long::valueOf, "before",
                    "before is the number of an entry, as in the Older link");
            return PageForms.html(Response.Status.OK, render(beforeId, null));
        }, problem -> render(null, problem));
    }

    private String render(Long before, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", audit.read(caller.get(), PAGE_SIZE, before));
        model.put("older", before != null);
        model.put("problem", problem);
        return pages.render("audit", model);
    }
}
