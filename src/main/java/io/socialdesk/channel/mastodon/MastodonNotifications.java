package io.socialdesk.channel.mastodon;

import static io.socialdesk.channel.wire.JsonFields.instant;
import static io.socialdesk.channel.wire.JsonFields.number;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps a page of {@code GET /api/v1/notifications} (mentions and quotes) to posts, oldest first, and finds the newest
 * id. Each notification is read on its own: one without an id or a time is reported as unreadable and the rest are
 * kept. A quote is the quoting status, a post in its own thread; a status that both mentions and quotes the account
 * comes once.
 */
final class MastodonNotifications {
    record Parsed(List<InboundPost> posts, List<String> unreadable, Optional<String> newestNotificationId,
                  int notificationCount) {
    }

    /** What a customer says to the account: a mention (a DM is a direct mention), or a quote of its post. */
    private static final java.util.Set<String> CUSTOMER_TYPES = java.util.Set.of("mention", "quote");

    private MastodonNotifications() {
    }

    static Parsed parse(JsonArray notifications) {
        List<InboundPost> posts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Optional<String> newest = Optional.empty();
        for (int i = 0; i < notifications.size(); i++) {
            JsonElement element = notifications.get(i);
            Optional<JsonObject> notification = element.isJsonObject() ? Optional.of(element.getAsJsonObject())
                    : Optional.empty();
            Optional<String> id = notification.flatMap(n -> string(n, "id")).filter(PostIds::valid);
            if (id.isEmpty()) {
                unreadable.add("item " + (i + 1) + " (no id)");
                continue;
            }
            if (newest.isEmpty() || PostIds.newer(id.get(), newest.get())) {
                newest = id;
            }
            Optional<JsonObject> status = object(notification.get(), "status");
            if (!CUSTOMER_TYPES.contains(string(notification.get(), "type").orElse("")) || status.isEmpty()) {
                continue; // a deleted status or another notification type: nothing a customer said to us
            }
            Optional<InboundPost> post = post(status.get(), object(notification.get(), "account"));
            if (post.isPresent()) {
                if (seen.add(post.get().externalId())) {
                    posts.add(post.get());
                }
            } else {
                unreadable.add("notification " + id.get() + " (its status has no id or time)");
            }
        }
        posts.sort(Comparator.comparing(InboundPost::externalId, PostIds.ORDER));
        return new Parsed(posts, unreadable, newest, notifications.size());
    }

    private static Optional<InboundPost> post(JsonObject status, Optional<JsonObject> notificationAccount) {
        Optional<String> id = string(status, "id").filter(PostIds::valid);
        Optional<Instant> created = instant(status, "created_at");
        if (id.isEmpty() || created.isEmpty()) {
            return Optional.empty();
        }
        String text = MastodonHtml.toText(string(status, "content").orElse(""));
        Optional<String> warning = string(status, "spoiler_text").filter(s -> !s.isBlank());
        if (warning.isPresent()) {
            text = "[CW: " + warning.get() + "]\n" + text;
        }
        return Optional.of(new InboundPost(id.get(),
                kind(string(status, "visibility").orElse("")),
                text,
                string(status, "url").or(() -> string(status, "uri")).flatMap(MastodonNotifications::webLink),
                author(object(status, "account").or(() -> notificationAccount)),
                created.get(),
                Optional.empty(),
                string(status, "in_reply_to_id"),
                string(status, "language"),
                MastodonMedia.read(status),
                quoted(status)));
    }

    /** A quote post's {@code quote.quoted_status} (4.5), delivered with it: the post the customer quoted. */
    private static Optional<io.socialdesk.channel.PostContext> quoted(JsonObject status) {
        return object(status, "quote").flatMap(q -> object(q, "quoted_status"))
                .map(q -> new io.socialdesk.channel.PostContext(io.socialdesk.channel.PostContext.Relation.QUOTE,
                        object(q, "account").flatMap(a -> string(a, "acct")).orElse(""),
                        MastodonHtml.toText(string(q, "content").orElse(""))));
    }


    private static Author author(Optional<JsonObject> account) {
        if (account.isEmpty()) {
            return Author.unknown("");
        }
        String id = string(account.get(), "id").filter(PostIds::valid).orElse("");
        Optional<String> acct = string(account.get(), "acct");
        if (acct.isEmpty()) {
            return Author.unknown(id);
        }
        return new Author(id, acct.get(), string(account.get(), "display_name").orElse(""),
                number(account.get(), "followers_count"),
                string(account.get(), "url").flatMap(MastodonNotifications::webLink).map(URI::toString));
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

    /** Mastodon's visibility as SocialDesk's kind: {@code direct} and {@code private} (followers only) stay private. */
    static PostKind kind(String visibility) {
        return switch (visibility) {
            case "direct" -> PostKind.DIRECT_MESSAGE;
            case "private" -> PostKind.FOLLOWERS_ONLY;
            default -> PostKind.MENTION; // public, unlisted
        };
    }
}
