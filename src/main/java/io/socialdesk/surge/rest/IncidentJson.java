package io.socialdesk.surge.rest;

import io.socialdesk.request.RequestState;
import io.socialdesk.surge.IncidentAnswer;
import io.socialdesk.surge.IncidentPanel;
import io.socialdesk.surge.IncidentSend;
import io.socialdesk.surge.Surge;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The incident part of the panel as JSON; texts are data, the panel puts them into the DOM as text only. */
final class IncidentJson {
    private IncidentJson() {
    }

    static Map<String, Object> of(IncidentPanel.View view) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (view) {
            case IncidentPanel.None none -> json.put("role", "none");
            case IncidentPanel.Incident incident -> {
                json.put("role", "incident");
                json.put("surge", surge(incident.surge()));
                json.put("members", incident.members());
                json.put("posts", incident.posts().stream().map(IncidentJson::post).toList());
                json.put("answer", incident.answer().map(IncidentJson::answer).orElse(null));
            }
            case IncidentPanel.Related related -> {
                json.put("role", related.holding() ? "member" : "candidate");
                json.put("surge", surge(related.surge()));
                json.put("incident", related.incident().map(RequestState::key).orElse(null));
                json.put("interactionId", related.interactionId());
            }
        }
        return json;
    }

    private static Map<String, Object> surge(Surge surge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", surge.id());
        json.put("active", surge.active());
        json.put("startedAt", surge.startedAt().toString());
        json.put("endedAt", surge.endedAt().map(Object::toString).orElse(null));
        json.put("peakPerMinute", Math.round(surge.peak() * 10) / 10.0);
        json.put("usualPerMinute", Math.round(surge.usual() * 100) / 100.0);
        json.put("words", surge.terms().keySet().stream().limit(8).map(CharSequence::toString).toList());
        return json;
    }

    private static Map<String, Object> post(IncidentPanel.Post post) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("interactionId", post.interaction().id());
        json.put("channel", post.interaction().channel().key());
        json.put("authorHandle", post.interaction().post().author().handle());
        json.put("text", post.interaction().post().text());
        json.put("member", post.decision().member());
        json.put("similarity", Math.round(post.decision().similarity() * 100));
        json.put("movedBy", post.decision().movedBy().orElse(null));
        json.put("request", post.request().map(RequestState::key).orElse(null));
        json.put("reply", post.reply().map(s -> s.status().name().toLowerCase(Locale.ROOT)).orElse(null));
        json.put("failure", post.reply().flatMap(IncidentSend::failure).orElse(null));
        return json;
    }

    private static Map<String, Object> answer(IncidentAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", answer.id());
        json.put("text", answer.body());
        json.put("state", answer.state().name().toLowerCase(Locale.ROOT));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (IncidentSend.Status status : IncidentSend.Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), answer.counts().getOrDefault(status, 0));
        }
        json.put("counts", counts);
        return json;
    }
}
