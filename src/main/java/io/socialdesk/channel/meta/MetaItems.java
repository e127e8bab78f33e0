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
 * A nested list holds only its first page: Graph may return fewer items than its limit, and only a missing
 * {@code paging.next} means the end, so each nested list with more is noted ({@link Nested}) for {@link MetaPolls}
 * to read on at its own edge ({@code /{conversation}/messages}, {@code /{post}/comments}, {@code /{comment}/replies}).
 */
final class MetaItems {
    /**
     * The kinds of nested list, with the fields an item needs when the list is read at its own edge, any fixed query
     * parameters, and whether Graph lists it newest first (so reading can stop at the first item older than the
     * cursor; otherwise it is read to its end).
     */
    enum Kind {
        MESSAGES("id,message,from,created_time," + MetaMedia.MESSAGE_FIELDS, "", true),
        FACEBOOK_COMMENTS("id,message,from,created_time,parent{id},permalink_url," + MetaMedia.COMMENT_FIELDS,
                "&filter=stream&order=reverse_chronological", true),
        INSTAGRAM_COMMENTS("id,text,timestamp,username,from{id,username},"
                + "replies.limit(50){id,text,timestamp,username,from{id,username}}", "", false),
        INSTAGRAM_REPLIES("id,text,timestamp,username,from{id,username}", "", false);

        final String fields;
        final String extra;
        final boolean newestFirst;

        Kind(String fields, String extra, boolean newestFirst) {
            this.fields = fields;
            this.extra = extra;
            this.newestFirst = newestFirst;
        }
    }

    /**
     * The rest of a nested list: its edge ({@code t_1/messages}), Graph's cursor for its next page, and what its items
     * belong to (their conversation or post, link, and the comment they reply to).
     */
    record Nested(String edge, String after, Kind kind, Optional<String> thread, Optional<String> link,
                  Optional<String> parent) {
    }

    /** What a page of Graph items gave: posts, unreadable items, and the newest time seen (the next cursor). */
    static final class Collected {
        final List<InboundPost> posts = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        final java.util.ArrayDeque<Nested> more = new java.util.ArrayDeque<>();
        Optional<Instant> newest = Optional.empty();

        /**
         * A nested list with a next page (only {@code paging.next} says there is one) is read on later, unless Graph
         * lists it newest first and this page already reached back past the cursor.
         */
        void continued(Optional<JsonObject> list, String edge, Kind kind, Optional<String> thread,
                       Optional<String> link, Optional<String> parent, Instant since) {
            list.filter(l -> reaches(l, kind, since)).flatMap(MetaItems::nextCursor).ifPresent(after ->
                    more.add(new Nested(edge, after, kind, thread, link, parent)));
        }

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
            messages(messages.map(m -> array(m, "data")).orElseGet(com.google.gson.JsonArray::new), thread, since,
                    into);
            thread.ifPresent(id -> into.continued(messages, id + "/messages", Kind.MESSAGES, thread, Optional.empty(),
                    Optional.empty(), since));
        }
    }

    /** The next page of a nested list, read at its own edge (without its parent: its comments have no context). */
    static void nested(JsonObject page, Nested list, Instant since, Collected into) {
        com.google.gson.JsonArray items = array(page, "data");
        switch (list.kind()) {
            case MESSAGES -> messages(items, list.thread(), since, into);
            case FACEBOOK_COMMENTS -> comments(items, "comments", list.parent(), "message", "created_time",
                    list.thread(), list.link(), since, Optional.empty(), into);
            case INSTAGRAM_COMMENTS -> comments(items, "comments", list.parent(), "text", "timestamp", list.thread(),
                    list.link(), since, Optional.empty(), into);
            case INSTAGRAM_REPLIES -> comments(items, "replies", list.parent(), "text", "timestamp", list.thread(),
                    list.link(), since, Optional.empty(), into);
        }
    }

    private static void messages(com.google.gson.JsonArray items, Optional<String> thread, Instant since,
                                 Collected into) {
        for (JsonElement message : items) {
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
                    Optional.empty(), MetaMedia.message(item)));
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

    /** A parent's comment lists (a post's or medium's comments, a comment's replies), their next pages noted. */
    private static void comments(JsonObject parent, String textField, String timeField, Optional<String> thread,
                                 Optional<String> link, Instant since, Collected into) {
        Optional<String> parentId = string(parent, "id");
        Kind commentKind = textField.equals("text") ? Kind.INSTAGRAM_COMMENTS : Kind.FACEBOOK_COMMENTS;
        // what the comments answer, read with them: the Page's post, the medium's caption, the comment replied to
        Optional<io.socialdesk.channel.PostContext> context = string(parent, textField)
                .or(() -> string(parent, "caption")).filter(t -> !t.isBlank())
                .map(t -> new io.socialdesk.channel.PostContext(io.socialdesk.channel.PostContext.Relation.REPLY_TO,
                        object(parent, "from").flatMap(f -> string(f, "username")).or(() -> string(parent,
                                "username")).orElse(""), t));
        for (String list : new String[] {"comments", "replies"}) {
            Optional<JsonObject> nested = object(parent, list);
            comments(nested.map(c -> array(c, "data")).orElseGet(com.google.gson.JsonArray::new), list,
                    list.equals("replies") ? parentId : Optional.empty(), textField, timeField, thread, link, since,
                    context, into);
            parentId.ifPresent(id -> into.continued(nested, id + "/" + list, list.equals("replies")
                    ? Kind.INSTAGRAM_REPLIES : commentKind, thread, link, list.equals("replies") ? parentId
                    : Optional.empty(), since));
        }
    }

    /** One page of comments or replies; {@code repliedTo}: the comment a list of replies answers. */
    private static void comments(com.google.gson.JsonArray items, String list, Optional<String> repliedTo,
                                 String textField, String timeField, Optional<String> thread, Optional<String> link,
                                 Instant since, Optional<io.socialdesk.channel.PostContext> context,
                                 Collected into) {
        for (JsonElement comment : items) {
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
                List<io.socialdesk.channel.Media> media = MetaMedia.comment(item);
                if (text.isEmpty() && media.isEmpty()) {
                    into.unreadable.add("comment " + id.get() + " (no text or photo: a sticker, or deleted)");
                } else {
                    Optional<String> replyTo = object(item, "parent").flatMap(p -> string(p, "id"))
                            .or(() -> list.equals("replies") ? repliedTo : thread);
                    into.posts.add(new InboundPost(id.get(), PostKind.MENTION, text.orElse(""),
                            string(item, "permalink_url").or(() -> link).flatMap(MetaItems::webLink),
                            author(object(item, "from").or(() -> string(item, "username").map(MetaItems::named))),
                            created.get(), thread, replyTo, Optional.empty(), media, context));
                }
            }
            // Instagram nests replies under their comment
            if (list.equals("comments")) {
                comments(item, textField, timeField, thread, link, since, into);
            }
        }
    }

    /**
     * Whether a list page may still hold items at or after the cursor: always for a list Graph does not give newest
     * first; for one it does, while its last item is not older than the cursor.
     */
    static boolean reaches(JsonObject list, Kind kind, Instant since) {
        if (!kind.newestFirst) {
            return true;
        }
        com.google.gson.JsonArray items = array(list, "data");
        return !items.isEmpty() && items.get(items.size() - 1).isJsonObject() && GraphApi.time(
                items.get(items.size() - 1).getAsJsonObject(), "created_time").map(t -> !t.isBefore(since))
                .orElse(true);
    }

    /** Graph's cursor for the next page of a list, only when {@code paging.next} says there is one. */
    static Optional<String> nextCursor(JsonObject list) {
        Optional<JsonObject> paging = object(list, "paging");
        if (paging.flatMap(p -> string(p, "next")).filter(n -> !n.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        return paging.flatMap(p -> object(p, "cursors")).flatMap(c -> string(c, "after")).filter(a -> !a.isBlank());
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
