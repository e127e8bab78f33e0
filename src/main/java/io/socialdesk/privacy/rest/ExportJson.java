package io.socialdesk.privacy.rest;

import io.socialdesk.privacy.ContactExport;
import io.socialdesk.privacy.ContactRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The export document: a versioned, self-describing JSON of everything in {@link ContactExport}. */
final class ExportJson {
    static final String FORMAT = "socialdesk-contact-export/1";

    private ExportJson() {
    }

    static Map<String, Object> json(ContactExport export) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("contactId", export.contactId());
        json.put("displayName", export.displayName());
        json.put("customerKey", export.customerKey().orElse(null));
        json.put("createdAt", export.createdAt().toString());
        json.put("identities", identities(export.identities()));
        json.put("interactions", entries(export.interactions()));
        return json;
    }

    /** A search result: enough to tell people apart before exporting or erasing one. */
    static Map<String, Object> found(ContactRecords.Found found) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("contactId", found.contactId());
        json.put("displayName", found.displayName());
        json.put("customerKey", found.customerKey().orElse(null));
        json.put("identities", identities(found.identities()));
        json.put("interactions", found.interactions());
        return json;
    }

    private static List<Map<String, Object>> identities(List<ContactExport.Identity> identities) {
        return identities.stream().map(identity -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("channel", identity.channel());
            item.put("userId", identity.userId());
            item.put("handle", identity.handle());
            item.put("displayName", identity.displayName());
            return item;
        }).toList();
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
            item.put("media", entry.media().stream().map(m -> java.util.Map.of("kind", m.kind().name().toLowerCase(
                    java.util.Locale.ROOT), "url", m.url().toString(), "alt", m.altText())).toList());
            // the copies SocialDesk attached to the request: Jira's export of the request holds the files
            item.put("attachments", entry.attachments().stream().map(a -> java.util.Map.of("name", a.name(),
                    "type", a.type(), "size", a.size(), "issueId", entry.issueId().orElse(0L))).toList());
            return item;
        }).toList();
    }
}
