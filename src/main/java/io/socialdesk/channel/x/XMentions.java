package io.socialdesk.channel.x;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.instant;
import static io.socialdesk.channel.wire.JsonFields.number;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.PostContext;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /2/users/:id/mentions}: the query, and a page of the answer mapped to posts oldest first. Each post is
 * read on its own: one X cannot give us whole (no id, no time) is reported as unreadable, the rest are kept.
 */
final class XMentions {
    static final int PAGE_SIZE = 100;

    record Page(List<InboundPost> posts, List<String> unreadable, Optional<String> nextToken,
                Optional<String> newestId) {
    }

    private XMentions() {
    }

    static Map<String, String> query(XCursor cursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("expansions", "author_id,referenced_tweets.id,referenced_tweets.id.author_id,"
                + "attachments.media_keys");
        query.put("max_results", String.valueOf(PAGE_SIZE));
        cursor.next().ifPresent(token -> query.put("pagination_token", token));
        cursor.since().ifPresent(since -> query.put("since_id", since));
        query.put("tweet.fields", "created_at,conversation_id,referenced_tweets,lang,author_id,edit_history_tweet_ids");
        query.put("user.fields", "public_metrics,username,name");
        query.put("media.fields", "type,url,preview_image_url,alt_text,variants");
        return query;
    }

    /** What the page's {@code includes} expand: the authors, the media and the tweets referred to, by id or key. */
    private record Includes(Map<String, JsonObject> users, Map<String, Media> media, Map<String, JsonObject> tweets) {
        static Includes of(JsonObject answer) {
            JsonObject includes = object(answer, "includes").orElseGet(JsonObject::new);
            Includes read = new Includes(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (JsonElement user : array(includes, "users")) {
                if (user.isJsonObject()) {
                    string(user.getAsJsonObject(), "id").ifPresent(id -> read.users.put(id, user.getAsJsonObject()));
                }
            }
            for (JsonElement item : array(includes, "media")) {
                if (item.isJsonObject()) {
                    JsonObject m = item.getAsJsonObject();
                    string(m, "media_key").ifPresent(key -> XMedia.read(m).ifPresent(found -> read.media.put(key,
                            found)));
                }
            }
            for (JsonElement tweet : array(includes, "tweets")) {
                if (tweet.isJsonObject()) {
                    string(tweet.getAsJsonObject(), "id").ifPresent(id -> read.tweets.put(id,
                            tweet.getAsJsonObject()));
                }
            }
            return read;
        }

        /** The tweet the customer's answers or quotes, with its author's handle, when the page expanded it. */
        Optional<PostContext> context(JsonObject tweet) {
            Optional<PostContext.Relation> relation = referenced(tweet, "quoted").map(id -> PostContext.Relation.QUOTE)
                    .or(() -> referenced(tweet, "replied_to").map(id -> PostContext.Relation.REPLY_TO));
            Optional<JsonObject> other = referenced(tweet, "quoted").or(() -> referenced(tweet, "replied_to"))
                    .map(tweets::get);
            return relation.flatMap(r -> other.map(o -> new PostContext(r, Optional.ofNullable(
                            users.get(string(o, "author_id").orElse(""))).flatMap(u -> string(u, "username"))
                    .filter(XMentions::handle).orElse(""), XText.plain(string(o, "text").orElse("")))));
        }
    }

    static Page read(JsonObject answer) {
        Includes includes = Includes.of(answer);
        List<InboundPost> posts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        JsonArray data = array(answer, "data");
        for (int i = 0; i < data.size(); i++) {
            JsonElement element = data.get(i);
            Optional<InboundPost> post = element.isJsonObject() ? post(element.getAsJsonObject(), includes)
                    : Optional.empty();
            if (post.isPresent()) {
                posts.add(post.get());
            } else {
                unreadable.add(describe(element, i + 1));
            }
        }
        posts.sort(Comparator.comparing(InboundPost::externalId, PostIds.ORDER));
        JsonObject meta = object(answer, "meta").orElseGet(JsonObject::new);
        return new Page(posts, unreadable, string(meta, "next_token"), string(meta, "newest_id"));
    }

    private static Optional<InboundPost> post(JsonObject tweet, Includes includes) {
        Map<String, JsonObject> users = includes.users();
        Map<String, Media> media = includes.media();
        Optional<String> id = string(tweet, "id").filter(PostIds::valid);
        Optional<Instant> created = instant(tweet, "created_at");
        if (id.isEmpty() || created.isEmpty()) {
            return Optional.empty();
        }
        String authorId = string(tweet, "author_id").orElse("");
        Author author = author(authorId, users.get(authorId));
        URI url = URI.create(author.handle().isEmpty() ? "https://x.com/i/web/status/" + id.get()
                : "https://x.com/" + author.handle() + "/status/" + id.get());
        // a retweet carries no words of its own: empty text makes routing skip it as noise
        String text = referenced(tweet, "retweeted").isPresent() ? "" : XText.plain(string(tweet, "text").orElse(""));
        List<Media> attached = new ArrayList<>();
        for (JsonElement key : array(object(tweet, "attachments").orElseGet(JsonObject::new), "media_keys")) {
            Optional.ofNullable(key.isJsonPrimitive() ? media.get(key.getAsString()) : null).ifPresent(attached::add);
        }
        // an edited post comes as a new version with its own id: it is the same contact, known by its first id, so
        // it is never a second request (its new words reach the request when its counts are read again)
        return Optional.of(new InboundPost(original(tweet).orElse(id.get()), PostKind.MENTION, text, Optional.of(url),
                author, created.get(),
                string(tweet, "conversation_id"), referenced(tweet, "replied_to"), string(tweet, "lang"),
                attached, includes.context(tweet)));
    }

    /** {@code edit_history_tweet_ids[0]}: the post's first version, when X lists versions (oldest first). */
    static Optional<String> original(JsonObject tweet) {
        JsonArray versions = array(tweet, "edit_history_tweet_ids");
        return versions.isEmpty() || !versions.get(0).isJsonPrimitive() ? Optional.empty()
                : Optional.of(versions.get(0).getAsString()).filter(PostIds::valid);
    }

    static Author author(String id, JsonObject user) {
        if (!PostIds.valid(id)) {
            return Author.unknown(""); // not an X user id: nobody we could tell apart from anyone else
        }
        Optional<String> handle = user == null ? Optional.empty()
                : string(user, "username").filter(XMentions::handle);
        if (handle.isEmpty()) {
            return Author.unknown(id); // deleted or suspended since: X no longer says who it was
        }
        OptionalLong followers = object(user, "public_metrics").map(m -> number(m, "followers_count"))
                .orElse(OptionalLong.empty());
        return new Author(id, handle.get(), string(user, "name").orElse(""), followers,
                Optional.of("https://x.com/" + handle.get()));
    }

    private static Optional<String> referenced(JsonObject tweet, String type) {
        for (JsonElement reference : array(tweet, "referenced_tweets")) {
            if (reference.isJsonObject() && string(reference.getAsJsonObject(), "type").filter(type::equals)
                    .isPresent()) {
                return string(reference.getAsJsonObject(), "id");
            }
        }
        return Optional.empty();
    }

    /** X handles are letters, digits and underscores: nothing else may reach a profile link. */
    private static boolean handle(String value) {
        return value.matches("[A-Za-z0-9_]{1,50}");
    }

    static String describe(JsonElement element, int position) {
        String id = element.isJsonObject() ? string(element.getAsJsonObject(), "id").orElse("?") : "?";
        return "item " + position + " (id " + (id.length() > 40 ? id.substring(0, 40) : id) + ")";
    }
}
