package io.socialdesk.automation;

import io.socialdesk.web.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of the {@code socialdesk} issue property. Its paths are indexed for JQL by the descriptor's
 * index-document-configuration, e.g. {@code issue.property[socialdesk].followers > 10000} or
 * {@code issue.property[socialdesk].intent = complaint}; keep both in step. The triage fields describe the request's
 * newest post (calls have none).
 */
public final class SocialProperty {
    public static final String KEY = "socialdesk";
    /** Written only when a post on the request is at risk of going viral; the contact property never erases it. */
    public static final String VIRAL_KEY = "socialdeskViral";

    private SocialProperty() {
    }

    public static String json(IssueSignal signal) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("channel", signal.channel().key());
        value.put("authorHandle", signal.authorHandle());
        if (signal.followers().isPresent()) {
            value.put("followers", signal.followers().getAsLong());
        }
        value.put("interactionCount", signal.interactionCount());
        value.put("lastInboundAt", signal.lastInboundAt().toString());
        value.put("hasPhoneContact", signal.hasPhoneContact());
        signal.matchedBy().ifPresent(by -> value.put("matchedBy", by));
        signal.effort().ifPresent(effort -> {
            effort.waitingSince().ifPresent(since -> value.put("waitingSince", since.toString()));
            value.put("contactsWhileOpen", effort.contactsWhileOpen());
            value.put("channelsWhileOpen", effort.channelsWhileOpen());
        });
        signal.triage().ifPresent(triage -> {
            triage.language().ifPresent(language -> value.put("language", language));
            triage.sentiment().ifPresent(score -> value.put("sentiment", score));
            value.put("mood", triage.mood().name().toLowerCase(java.util.Locale.ROOT));
            value.put("intent", triage.intent().name().toLowerCase(java.util.Locale.ROOT));
            value.put("tier", triage.tier().name().toLowerCase(java.util.Locale.ROOT));
        });
        return Json.write(value);
    }

    /** The property of an incident request: which account surged, whether it still does, how many posts it holds. */
    public static String json(IncidentSignal signal) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("channel", signal.channel().key());
        value.put("authorHandle", signal.accountName());
        value.put("incident", "yes");
        value.put("surge", signal.active() ? "active" : "ended");
        value.put("incidentMembers", signal.members());
        value.put("surgeStartedAt", signal.startedAt().toString());
        return Json.write(value);
    }

    /** The viral-risk property: the post's counts when it passed the threshold, and the threshold it passed. */
    public static String json(ViralSignal signal) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("risk", "yes");
        value.put("channel", signal.channel().key());
        value.put("authorHandle", signal.authorHandle());
        if (signal.followers().isPresent()) {
            value.put("followers", signal.followers().getAsLong());
        }
        value.put("reposts", signal.counts().reposts());
        value.put("quotes", signal.counts().quotes());
        value.put("likes", signal.counts().likes());
        value.put("replies", signal.counts().replies());
        value.put("spread", signal.counts().spread());
        value.put("threshold", signal.threshold());
        signal.postUrl().ifPresent(url -> value.put("postUrl", url.toString()));
        value.put("detectedAt", signal.detectedAt().toString());
        return Json.write(value);
    }
}
