package io.socialdesk.channel.x;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.instant;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /2/dm_events}: X has no {@code since_id} for direct messages, so the newest page is read and events up
 * to the cursor dropped; the account's own messages are skipped. Each event is read on its own, as mentions are.
 */
final class XDirectMessages {
    record Page(List<InboundPost> posts, List<String> unreadable, Optional<String> newestId) {
    }

    /** Read-only: shared by every account's poll on every thread. */
    static final Map<String, String> QUERY = Map.of(
            "dm_event.fields", "created_at,sender_id,text,dm_conversation_id",
            "event_types", "MessageCreate",
            "expansions", "sender_id",
            "user.fields", "username,name,public_metrics",
            "max_results", "100");

    private XDirectMessages() {
    }

    static Page read(JsonObject answer, String ownUserId, Optional<String> afterId) {
        Map<String, JsonObject> users = new HashMap<>();
        for (JsonElement user : array(object(answer, "includes").orElseGet(JsonObject::new), "users")) {
            if (user.isJsonObject()) {
                string(user.getAsJsonObject(), "id").ifPresent(id -> users.put(id, user.getAsJsonObject()));
            }
        }
        List<InboundPost> posts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<String> newest = afterId;
        JsonArray data = array(answer, "data");
        for (int i = 0; i < data.size(); i++) {
            JsonElement element = data.get(i);
            Optional<InboundPost> post = element.isJsonObject() ? message(element.getAsJsonObject(), users)
                    : Optional.empty();
            if (post.isEmpty()) {
                unreadable.add(XMentions.describe(element, i + 1));
                continue;
            }
            String id = post.get().externalId();
            if (newest.isEmpty() || PostIds.newer(id, newest.get())) {
                newest = Optional.of(id);
            }
            boolean seen = afterId.filter(after -> !PostIds.newer(id, after)).isPresent();
            if (!seen && !post.get().author().externalUserId().equals(ownUserId)) {
                posts.add(post.get());
            }
        }
        posts.sort(Comparator.comparing(InboundPost::externalId, PostIds.ORDER));
        return new Page(posts, unreadable, newest);
    }

    private static Optional<InboundPost> message(JsonObject event, Map<String, JsonObject> users) {
        Optional<String> id = string(event, "id").filter(PostIds::valid);
        Optional<Instant> created = instant(event, "created_at");
        Optional<String> sender = string(event, "sender_id");
        if (id.isEmpty() || created.isEmpty() || sender.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> conversation = string(event, "dm_conversation_id").filter(c -> c.matches("[0-9-]{1,80}"));
        return Optional.of(new InboundPost(id.get(), PostKind.DIRECT_MESSAGE,
                XText.plain(string(event, "text").orElse("")),
                conversation.map(c -> URI.create("https://x.com/messages/" + c)),
                XMentions.author(sender.get(), users.get(sender.get())), created.get(), conversation,
                Optional.empty(), Optional.empty()));
    }
}
