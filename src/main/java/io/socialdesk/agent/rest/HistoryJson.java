package io.socialdesk.agent.rest;

import io.socialdesk.agent.HistoryEntry;
import io.socialdesk.agent.HistoryView;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.Identity;
import io.socialdesk.intake.Direction;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.triage.PostTriage;
import io.socialdesk.triage.Triage;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The history as the panel reads it. Every value is data for textContent: nothing here is markup. */
final class HistoryJson {
    private HistoryJson() {
    }

    static Map<String, Object> of(HistoryView view, int page, long issueId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issueId", issueId);
        json.put("contact", view.contact().map(c -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", c.id());
            contact.put("displayName", c.displayName());
            contact.put("customerKey", c.customerKey().orElse(null));
            return contact;
        }).orElse(null));
        json.put("identities", view.identities().stream().map(HistoryJson::identity).toList());
        json.put("entries", view.entries().stream().map(e -> {
            Map<String, Object> entry = entry(e);
            entry.put("files", view.files().getOrDefault(e.id(), java.util.List.of()).stream().map(HistoryJson::file)
                    .toList());
            return entry;
        }).toList());
        json.put("page", page);
        json.put("more", view.more());
        json.put("hidden", view.hidden());
        json.put("otherRequests", view.otherRequests().stream().map(IssueScope::request).toList());
        json.put("replyChannel", view.reply().channel().orElse(null));
        json.put("replyInPortal", view.reply().inPortal());
        json.put("replyAudience", view.reply().audience().map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                .orElse(null));
        json.put("replyPictures", view.reply().pictures());
        json.put("replyFiles", view.replyPictures().stream().map(HistoryJson::file).toList());
        return json;
    }

    private static Map<String, Object> identity(Identity identity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", identity.id());
        json.put("channel", identity.kind().key());
        json.put("handle", identity.handle());
        json.put("displayName", identity.displayName());
        return json;
    }

    private static Map<String, Object> entry(HistoryEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("channel", e.channel().key());
        json.put("direction", e.direction().name().toLowerCase(java.util.Locale.ROOT));
        json.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("text", e.text());
        // only web links: a javascript: or data: URL from a network never reaches an href
        json.put("url", e.url().filter(HistoryJson::webLink).map(URI::toString).orElse(null));
        json.put("authorHandle", e.authorHandle());
        json.put("authorName", e.authorName());
        json.put("followers", e.followers().isPresent() ? e.followers().getAsLong() : null);
        json.put("occurredAt", e.occurredAt().toString());
        json.put("issueId", e.issueId().orElse(null));
        json.put("callSeconds", e.callDuration().map(Duration::toSeconds).orElse(null));
        json.put("disposition", e.disposition().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        json.put("failure", e.failure().orElse(null));
        json.put("delivery", e.delivery().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        json.put("matchedBy", e.matchedBy().map(MatchedBy::key).orElse(null));
        json.put("reason", e.reason().orElse(null));
        json.put("editedAt", e.editedAt().map(Object::toString).orElse(null));
        json.put("context", e.context().map(c -> Map.of("relation", c.relation().name().toLowerCase(
                java.util.Locale.ROOT), "author", c.authorHandle(), "text", c.text())).orElse(null));
        // addresses on the network, shown as links: the agent's browser fetches nothing from a network by itself
        json.put("media", e.media().stream().map(m -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            item.put("url", m.url().toString());
            item.put("alt", m.altText());
            return item;
        }).toList());
        if (e.direction() == Direction.INBOUND && e.kind() != PostKind.CALL && !e.text().isBlank()) {
            // kept since routing; posts routed before triage was kept are read now
            Triage triage = e.triage().orElseGet(() -> PostTriage.of(e.text(), e.language(), e.followers()));
            Map<String, Object> read = new LinkedHashMap<>();
            read.put("intent", triage.intent().name().toLowerCase(java.util.Locale.ROOT));
            read.put("mood", triage.mood().name().toLowerCase(java.util.Locale.ROOT));
            read.put("sentiment", triage.sentiment().isPresent() ? triage.sentiment().getAsDouble() : null);
            read.put("tier", triage.tier().name().toLowerCase(java.util.Locale.ROOT));
            read.put("reasons", triage.reasons());
            json.put("triage", read);
        }
        return json;
    }

    /** An attachment on the request, where Jira serves it (relative to Jira's context path). */
    private static Map<String, Object> file(io.socialdesk.media.RequestAttachments.Stored file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", file.id());
        json.put("name", file.name());
        json.put("type", file.type());
        json.put("size", file.size());
        json.put("path", "/secure/attachment/" + file.id() + "/"
                + java.net.URLEncoder.encode(file.name(), java.nio.charset.StandardCharsets.UTF_8));
        return json;
    }

    static boolean webLink(URI uri) {
        return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }
}
