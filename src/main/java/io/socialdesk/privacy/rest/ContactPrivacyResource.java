package io.socialdesk.privacy.rest;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import io.socialdesk.web.SecureAdminSession;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.socialdesk.admin.AdminAudit;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.privacy.ContactErasure;
import io.socialdesk.privacy.ContactExports;
import io.socialdesk.privacy.ContactRecords;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A data subject's requests, for administrators only in a secure administrator session, each written to Jira's audit
 * log (who, not what): {@code GET /rest/socialdesk/1.0/admin/contacts/{id}/export} downloads everything SocialDesk
 * holds about a contact as JSON (access, portability); {@code DELETE .../admin/contacts/{id}} erases it.
 */
@Path("/admin/contacts")
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ContactPrivacyResource {
    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;
    static final int MAX_FOUND = 20;

    private final ContactRecords records;
    private final ContactErasure erasure;
    private final AdminAudit audit;
    private final UserManager users;
    private final SecureAdminSession session;
    private final ContactExports exports;

    @Inject
    public ContactPrivacyResource(ContactRecords records, ContactErasure erasure, AdminAudit audit,
                                  @ComponentImport("salUserManager") UserManager users, SecureAdminSession session,
                                  ContactExports exports) {
        this.exports = exports;
        this.records = records;
        this.erasure = erasure;
        this.audit = audit;
        this.users = users;
        this.session = session;
    }

    /** Finds contacts to export or erase by name, handle, phone number or Jira customer. */
    @GET
    @AdminOnly
    public Response find(@Context HttpServletRequest request, @QueryParam("q") String query) {
        return session.guard(request, () -> found(query));
    }

    private Response found(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() < MIN_QUERY || text.length() > MAX_QUERY || text.chars().anyMatch(Character::isISOControl)) {
            return ApiError.invalid("q", "must be " + MIN_QUERY + " to " + MAX_QUERY + " characters").response();
        }
        return Response.ok(Json.write(Map.of("contacts", records.find(text, MAX_FOUND).stream()
                .map(ExportJson::found).toList()))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{contactId}/export")
    @AdminOnly
    public Response export(@Context HttpServletRequest request, @PathParam("contactId") String contactId) {
        return session.guard(request, () -> exported(contactId));
    }

    private Response exported(String contactId) {
        OptionalLong parsed = id(contactId);
        if (parsed.isEmpty()) {
            return ApiError.invalid("contactId", "not a contact id: " + contactId).response();
        }
        long id = parsed.getAsLong();
        return exports.of(id).map(found -> {
            audit.record(AdminAudit.Change.CONTACT_EXPORTED,
                    Map.of("socialdesk.audit.attr.contact", found.contactId() + " " + found.displayName()));
            return Response.ok(Json.write(ExportJson.json(found)))
                    .header("Content-Disposition", "attachment; filename=\"socialdesk-contact-" + id + ".json\"")
                    .header("Cache-Control", "no-store").build();
        }).orElseGet(() -> ApiError.notFound("contactId", "no contact " + id).response());
    }

    /**
     * Erases the contact: what SocialDesk wrote on requests for them is redacted, its own records cleared. Answers
     * what was done, including redactions Jira refused (the admin then edits those requests by hand).
     */
    @DELETE
    @Path("/{contactId}")
    @AdminOnly
    public Response erase(@Context HttpServletRequest request, @PathParam("contactId") String contactId) {
        return session.guard(request, () -> erased(contactId));
    }

    private Response erased(String contactId) {
        OptionalLong id = id(contactId);
        if (id.isEmpty()) {
            return ApiError.invalid("contactId", "not a contact id: " + contactId).response();
        }
        Optional<String> admin = Optional.ofNullable(users.getRemoteUserKey()).map(UserKey::getStringValue);
        return switch (erasure.erase(id.getAsLong(), admin)) {
            case ContactErasure.Outcome.Erased erased -> Response.ok(Json.write(Map.of(
                    "contactId", erased.contactId(), "interactions", erased.interactions(),
                    "requestsRedacted", erased.requests(), "commentsRedacted", erased.comments(),
                    "refused", erased.refused(), "attachmentsRemoved", erased.attachments())))
                    .header("Cache-Control", "no-store").build();
            case ContactErasure.Outcome.NotFound notFound ->
                    ApiError.notFound("contactId", "no contact " + id.getAsLong()).response();
            case ContactErasure.Outcome.Busy busy -> ApiError.busy(Duration.ofSeconds(5)).response();
        };
    }

    /** A plain positive number: "+1", "01" or "1e3" name no contact (Long.parseLong would read "+1" as 1). */
    private static OptionalLong id(String contactId) {
        if (contactId == null || !contactId.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(contactId);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
