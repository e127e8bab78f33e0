package io.socialdesk.channel.mastodon;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Maps a page of {@code GET /api/v1/notifications} (mentions) to posts, oldest first, and finds the newest id. */
final class MastodonNotifications {
    /** Mastodon ids are decimal strings of growing length: compare numerically without overflow. */
    static final Comparator<String> ID_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    record Parsed(List<InboundPost> posts, Optional<String> newestNotificationId, int notificationCount) {
    }

    private MastodonNotifications() {
    }

    static Parsed parse(JsonArray notifications) {
        List<InboundPost> posts = new ArrayList<>();
        Optional<String> newest = Optional.empty();
        for (JsonElement element : notifications) {
            JsonObject notification = element.getAsJsonObject();
            String id = string(notification, "id").orElseThrow(() -> new IllegalArgumentException("notification id"));
            if (newest.isEmpty() || ID_ORDER.compare(id, newest.get()) > 0) {
                newest = Optional.of(id);
            }
            JsonObject status = object(notification, "status");
            if (!"mention".equals(string(notification, "type").orElse("")) || status == null) {
                continue; // a deleted status or another notification type: nothing a customer said to us
            }
            posts.add(post(status, object(notification, "account")));
        }
        posts.sort(Comparator.comparing(InboundPost::externalId, ID_ORDER));
        return new Parsed(posts, newest, notifications.size());
    }

    private static InboundPost post(JsonObject status, JsonObject notificationAccount) {
        JsonObject account = object(status, "account") != null ? object(status, "account") : notificationAccount;
        String text = MastodonHtml.toText(string(status, "content").orElse(""));
        Optional<String> warning = string(status, "spoiler_text").filter(s -> !s.isBlank());
        if (warning.isPresent()) {
            text = "[CW: " + warning.get() + "]\n" + text;
        }
        return new InboundPost(
                string(status, "id").orElseThrow(() -> new IllegalArgumentException("status id")),
                "direct".equals(string(status, "visibility").orElse("")) ? PostKind.DIRECT_MESSAGE : PostKind.MENTION,
                text,
                string(status, "url").or(() -> string(status, "uri")).flatMap(MastodonNotifications::webLink),
                author(account),
                Instant.parse(string(status, "created_at").orElseThrow(
                        () -> new IllegalArgumentException("created_at"))),
                Optional.empty(),
                string(status, "in_reply_to_id"),
                string(status, "language"));
    }

    private static Author author(JsonObject account) {
        if (account == null) {
            return Author.unknown("");
        }
        String id = string(account, "id").orElse("");
        if (string(account, "acct").isEmpty()) {
            return Author.unknown(id);
        }
        OptionalLong followers = account.has("followers_count") && !account.get("followers_count").isJsonNull()
                ? OptionalLong.of(account.get("followers_count").getAsLong()) : OptionalLong.empty();
        return new Author(id, string(account, "acct").get(), string(account, "display_name").orElse(""), followers,
                string(account, "url"));
    }

    /** Only http(s) links reach the panel: a javascript: or data: URL from a hostile instance is dropped. */
    private static Optional<URI> webLink(String value) {
        try {
            URI uri = URI.create(value);
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme())
                    ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static Optional<String> string(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }
}
