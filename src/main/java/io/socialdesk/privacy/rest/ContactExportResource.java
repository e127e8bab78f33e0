package io.socialdesk.privacy.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.socialdesk.admin.AdminAudit;
import io.socialdesk.privacy.ContactExport;
import io.socialdesk.privacy.ContactRecords;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /rest/socialdesk/1.0/admin/contacts/{id}/export}: everything SocialDesk holds about a contact, as a JSON
 * download for a data subject access or portability request. Administrators only, in a secure administrator
 * session; each export is written to Jira's audit log (who was exported, not what).
 */
@Path("/admin/contacts")
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ContactExportResource {
    static final String FORMAT = "socialdesk-contact-export/1";

    private final ContactRecords records;
    private final AdminAudit audit;

    @Inject
    public ContactExportResource(ContactRecords records, AdminAudit audit) {
        this.records = records;
        this.audit = audit;
    }

    @GET
    @Path("/{contactId}/export")
    @AdminOnly
    public Response export(@PathParam("contactId") String contactId) {
        long id;
        try {
            id = Long.parseLong(contactId);
        } catch (NumberFormatException e) {
            return ApiError.invalid("contactId", "not a contact id: " + contactId).response();
        }
        return records.export(id).map(found -> {
            audit.record(AdminAudit.Change.CONTACT_EXPORTED,
                    Map.of("socialdesk.audit.attr.contact", found.contactId() + " " + found.displayName()));
            return Response.ok(Json.write(json(found)))
                    .header("Content-Disposition", "attachment; filename=\"socialdesk-contact-" + id + ".json\"")
                    .header("Cache-Control", "no-store").build();
        }).orElseGet(() -> ApiError.notFound("contactId", "no contact " + id).response());
    }

    private static Map<String, Object> json(ContactExport export) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("contactId", export.contactId());
        json.put("displayName", export.displayName());
        json.put("customerKey", export.customerKey().orElse(null));
        json.put("createdAt", export.createdAt().toString());
        json.put("identities", export.identities().stream().map(identity -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("channel", identity.channel());
            item.put("userId", identity.userId());
            item.put("handle", identity.handle());
            item.put("displayName", identity.displayName());
            return item;
        }).toList());
        json.put("interactions", entries(export.interactions()));
        return json;
    }

    private static List<Map<String, Object>> entries(List<ContactExport.Entry> entries) {
        return entries.stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("channel", entry.channel());
            item.put("direction", entry.direction());
            item.put("kind", entry.kind());
            item.put("occurredAt", entry.occurredAt().toString());
            item.put("text", entry.text());
            item.put("url", entry.url().orElse(null));
            item.put("authorHandle", entry.authorHandle().orElse(null));
            item.put("issueId", entry.issueId().orElse(null));
            item.put("outcome", entry.outcome().orElse(null));
            item.put("callSeconds", entry.callSeconds().orElse(null));
            item.put("disposition", entry.disposition().orElse(null));
            return item;
        }).toList();
    }
}
