package io.socialdesk.channel.bluesky;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Profiles of a page's authors (handle, display name, followers): notifications carry a short profile without
 * followers and chat messages only a DID, so {@code app.bsky.actor.getProfiles} (at most 25 actors a call) fills them
 * in. Best effort: a failed call leaves them unknown and the posts are taken in all the same.
 */
final class BlueskyProfiles {
    static final int PER_CALL = 25;

    record Profile(String handle, String displayName, OptionalLong followers) {
    }

    private final HttpEdge edge;
    private final BlueskySessions sessions;

    BlueskyProfiles(HttpEdge edge, BlueskySessions sessions) {
        this.edge = edge;
        this.sessions = sessions;
    }

    Map<String, Long> followers(URI server, Credentials credentials, Set<String> dids) {
        Map<String, Long> counts = new HashMap<>();
        of(server, credentials, dids).forEach((did, profile) -> profile.followers()
                .ifPresent(n -> counts.put(did, n)));
        return counts;
    }

    Map<String, Profile> of(URI server, Credentials credentials, Set<String> dids) {
        Map<String, Profile> found = new HashMap<>();
        List<String> all = new ArrayList<>(dids);
        for (int from = 0; from < all.size(); from += PER_CALL) {
            String query = String.join("&", all.subList(from, Math.min(all.size(), from + PER_CALL)).stream()
                    .map(did -> "actors=" + URLEncoder.encode(did, StandardCharsets.UTF_8)).toList());
            if (sessions.with(server, credentials, session -> edge.send(HttpRequest
                    .newBuilder(server.resolve("/xrpc/app.bsky.actor.getProfiles?" + query))
                    .header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json")
                    .GET())) instanceof BlueskySessions.Outcome.Answered answered && answered.answer().ok()) {
                JsonFields.parse(answered.answer().body()).filter(JsonElement::isJsonObject)
                        .map(json -> JsonFields.array(json.getAsJsonObject(), "profiles"))
                        .ifPresent(profiles -> profiles.forEach(p -> {
                            if (p.isJsonObject()) {
                                JsonObject profile = p.getAsJsonObject();
                                JsonFields.string(profile, "did").ifPresent(did -> found.put(did, new Profile(
                                        JsonFields.string(profile, "handle").orElse(""),
                                        JsonFields.string(profile, "displayName").orElse(""),
                                        JsonFields.number(profile, "followersCount"))));
                            }
                        }));
            }
        }
        return found;
    }
}
