package io.socialdesk.channel.meta;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads Graph's lists into posts, each item on its own (one without an id or a time is reported, the rest kept):
 * Messenger and Instagram conversations ({@code /conversations?fields=messages{...}}), Facebook Page comments
 * ({@code /feed?fields=comments{...}}) and Instagram comments with their replies ({@code /media?fields=comments{...}}).
 * Only items at or after {@code since} are taken; what the Page or account itself wrote is left to intake, which
 * knows it as the account's own. A comment without text (a sticker, a photo, or deleted meanwhile) is reported.
 */
final class MetaItems {
    /** What a page of Graph items gave: posts, unreadable items, and the newest time seen (the next cursor). */
    static final class Collected {
        final List<InboundPost> posts = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        Optional<Instant> newest = Optional.empty();

        void seen(Instant time) {
            if (newest.isEmpty() || time.isAfter(newest.get())) {
                newest = Optional.of(time);
            }
        }
    }

    private MetaItems() {
    }

    static void conversations(JsonObject page, Instant since, Collected into) {
        for (JsonElement conversation : array(page, "data")) {
            if (!conversation.isJsonObject()) {
                continue;
            }
            Optional<String> thread = string(conversation.getAsJsonObject(), "id");
            Optional<JsonObject> messages = object(conversation.getAsJsonObject(), "messages");
            for (JsonElement message : messages.map(m -> array(m, "data")).orElseGet(com.google.gson.JsonArray::new)) {
                if (!message.isJsonObject()) {
                    continue;
                }
                JsonObject item = message.getAsJsonObject();
                Optional<String> id = string(item, "id");
                Optional<Instant> created = GraphApi.time(item, "created_time");
                if (id.isEmpty() || created.isEmpty()) {
                    into.unreadable.add("a message in conversation " + thread.orElse("?") + " (no id or time)");
                    continue;
                }
                if (created.get().isBefore(since)) {
                    continue;
                }
                into.seen(created.get());
                into.posts.add(new InboundPost(id.get(), PostKind.DIRECT_MESSAGE, string(item, "message").orElse(""),
                        Optional.empty(), author(object(item, "from")), created.get(), thread, Optional.empty(),
                        Optional.empty()));
            }
        }
    }

    static void facebookComments(JsonObject page, Instant since, Collected into) {
        for (JsonElement post : array(page, "data")) {
            if (post.isJsonObject()) {
                Optional<String> postId = string(post.getAsJsonObject(), "id");
                comments(post.getAsJsonObject(), "message", "created_time", postId, Optional.empty(), since, into);
            }
        }
    }

    static void instagramComments(JsonObject page, Instant since, Collected into) {
        for (JsonElement media : array(page, "data")) {
            if (media.isJsonObject()) {
                Optional<String> mediaId = string(media.getAsJsonObject(), "id");
                Optional<String> permalink = string(media.getAsJsonObject(), "permalink");
                comments(media.getAsJsonObject(), "text", "timestamp", mediaId, permalink, since, into);
            }
        }
    }

    private static void comments(JsonObject parent, String textField, String timeField, Optional<String> thread,
                                 Optional<String> link, Instant since, Collected into) {
        for (String list : new String[] {"comments", "replies"}) {
            for (JsonElement comment : object(parent, list).map(c -> array(c, "data"))
                    .orElseGet(com.google.gson.JsonArray::new)) {
                if (!comment.isJsonObject()) {
                    continue;
                }
                JsonObject item = comment.getAsJsonObject();
                Optional<String> id = string(item, "id");
                Optional<Instant> created = GraphApi.time(item, timeField);
                Optional<String> text = string(item, textField).filter(t -> !t.isBlank());
                if (id.isEmpty() || created.isEmpty()) {
                    into.unreadable.add("a comment on " + thread.orElse("?") + " (no id or time)");
                } else if (!created.get().isBefore(since)) {
                    into.seen(created.get());
                    if (text.isEmpty()) {
                        into.unreadable.add("comment " + id.get() + " (no text: a sticker or photo, or deleted)");
                    } else {
                        Optional<String> replyTo = object(item, "parent").flatMap(p -> string(p, "id"))
                                .or(() -> list.equals("replies") ? string(parent, "id") : thread);
                        into.posts.add(new InboundPost(id.get(), PostKind.MENTION, text.get(),
                                string(item, "permalink_url").or(() -> link).flatMap(MetaItems::webLink),
                                author(object(item, "from").or(() -> string(item, "username").map(MetaItems::named))),
                                created.get(), thread, replyTo, Optional.empty()));
                    }
                }
                // Instagram nests replies under their comment
                if (list.equals("comments")) {
                    comments(item, textField, timeField, thread, link, since, into);
                }
            }
        }
    }

    private static JsonObject named(String username) {
        JsonObject from = new JsonObject();
        from.addProperty("username", username);
        return from;
    }

    private static Author author(Optional<JsonObject> from) {
        if (from.isEmpty()) {
            return Author.unknown("");
        }
        String id = string(from.get(), "id").orElse("");
        String handle = string(from.get(), "username").or(() -> string(from.get(), "name")).orElse("");
        return new Author(id, handle, string(from.get(), "name").orElse(""), OptionalLong.empty(), Optional.empty());
    }

    private static Optional<URI> webLink(String value) {
        try {
            URI uri = URI.create(value);
            return "https".equals(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
